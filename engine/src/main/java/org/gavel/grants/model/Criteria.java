package org.gavel.grants.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * The weighted criteria of a request for proposals: weights in whole percent summing to
 * 100, each criterion scored from 0 to its maximum.
 */
public final class Criteria {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	/** A score has at most this many decimals (e.g. 3.5). */
	public static final int SCORE_DECIMALS = 1;

	private final List<Criterion> list;

	private final BigDecimal scale;

	private Criteria(List<Criterion> list) {
		this.list = List.copyOf(list);
		long lcm = 1;
		for (Criterion criterion : list) {
			lcm = lcm(lcm, criterion.maxScore());
		}
		this.scale = BigDecimal.valueOf(lcm);
	}

	/**
	 * Checks criteria as a working-group chair wrote them.
	 * @param list the criteria, in the order evaluators see them
	 * @return the criteria, or each problem by field ({@code criteria[i].weight}, ...)
	 */
	public static Outcome<Criteria> of(List<Criterion> list) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (list == null || list.isEmpty()) {
			return Outcome.refused("criteria", "at least one criterion is required");
		}
		Set<String> keys = new HashSet<>();
		int sum = 0;
		for (int i = 0; i < list.size(); i++) {
			Criterion criterion = list.get(i);
			String at = "criteria[" + i + "].";
			if (criterion.key() == null || !KEY.matcher(criterion.key()).matches()) {
				problems.put(at + "key", "lower-case letters, digits and hyphens, up to 40, starting with a letter");
			}
			else if (!keys.add(criterion.key())) {
				problems.put(at + "key", "'" + criterion.key() + "' is used twice");
			}
			if (criterion.title() == null || criterion.title().isBlank()) {
				problems.put(at + "title", "is required");
			}
			if (criterion.weight() < 1 || criterion.weight() > 100) {
				problems.put(at + "weight", "must be from 1 to 100 percent");
			}
			if (criterion.maxScore() < 1 || criterion.maxScore() > 100) {
				problems.put(at + "maxScore", "must be from 1 to 100");
			}
			sum += criterion.weight();
		}
		if (problems.isEmpty() && sum != 100) {
			problems.put("criteria", "the weights sum to " + sum + "; they must sum to 100");
		}
		return problems.isEmpty() ? Outcome.accepted(new Criteria(list)) : Outcome.refused(Refusal.ofFields(problems));
	}

	/**
	 * The criteria, in order.
	 * @return the criteria
	 */
	public List<Criterion> list() {
		return this.list;
	}

	/**
	 * Checks an evaluator's scores: every criterion scored, from 0 to its maximum, with
	 * at most {@value #SCORE_DECIMALS} decimal, nothing else.
	 * @param scores the score per criterion key
	 * @return the scores, or each problem by field ({@code score.<key>})
	 */
	public Outcome<Map<String, BigDecimal>> check(Map<String, BigDecimal> scores) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (Criterion criterion : this.list) {
			BigDecimal score = scores.get(criterion.key());
			String field = "score." + criterion.key();
			if (score == null) {
				problems.put(field, "is required");
			}
			else if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(criterion.maxScore())) > 0) {
				problems.put(field, "must be from 0 to " + criterion.maxScore());
			}
			else if (score.stripTrailingZeros().scale() > SCORE_DECIMALS) {
				problems.put(field, "at most " + SCORE_DECIMALS + " decimal");
			}
		}
		for (String key : scores.keySet()) {
			if (this.list.stream().noneMatch((criterion) -> criterion.key().equals(key))) {
				problems.put("score." + key, "is not a criterion of this request");
			}
		}
		return problems.isEmpty() ? Outcome.accepted(Map.copyOf(scores)) : Outcome.refused(Refusal.ofFields(problems));
	}

	/**
	 * A scorecard's weighted total, exactly, in units that make it a whole sum: the sum
	 * of weight × score × (L ÷ maximum), L being the least common multiple of the maxima.
	 * Dividing by L gives the total in percent.
	 * @param scores checked scores
	 * @return the exact total in those units
	 */
	BigDecimal exactTotal(Map<String, BigDecimal> scores) {
		BigDecimal total = BigDecimal.ZERO;
		for (Criterion criterion : this.list) {
			BigDecimal perPoint = this.scale.divide(BigDecimal.valueOf(criterion.maxScore()));
			total = total
				.add(scores.get(criterion.key()).multiply(BigDecimal.valueOf(criterion.weight())).multiply(perPoint));
		}
		return total;
	}

	/**
	 * A scorecard's weighted total in percent of the best possible, to two decimals.
	 * @param scores checked scores
	 * @return from 0.00 to 100.00
	 */
	public BigDecimal percent(Map<String, BigDecimal> scores) {
		return percent(exactTotal(scores));
	}

	BigDecimal percent(BigDecimal exactTotal) {
		return exactTotal.divide(this.scale, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_EVEN);
	}

	private static long lcm(long a, long b) {
		return a / gcd(a, b) * b;
	}

	private static long gcd(long a, long b) {
		return (b == 0) ? a : gcd(b, a % b);
	}

}

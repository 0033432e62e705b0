package org.gavel.grants.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Proposals ranked by their evaluators' scores, normalised per evaluator so that a harsh
 * and a generous evaluator weigh the same.
 *
 * <p>
 * Each evaluator's weighted totals are turned into z-scores over the proposals that
 * evaluator scored: (total − the evaluator's mean) ÷ the evaluator's standard deviation
 * (population); an evaluator who gave every proposal the same total has z = 0 for each. A
 * proposal's normalised score is the mean of its evaluators' z-scores. The arithmetic is
 * decimal and deterministic: totals are exact, each z-score is computed as sign(d)·√(n·d²
 * ÷ Q) from exact integers (d = n·total − Σ totals, Q = Σ d²) with {@value #PRECISION}
 * significant digits, and normalised scores are compared and shown to {@value #DECIMALS}
 * decimals. Proposals equal to that precision are tied and share a rank (1, 2, 2, 4). The
 * result depends neither on the order in which scores arrive nor on an evaluator adding a
 * constant to, or multiplying, all of their scores.
 *
 * @param entries the proposals, best first; ties in proposal order
 */
public record Ranking(List<Entry> entries) {

	/** Significant digits of the z-scores and their means. */
	public static final int PRECISION = 34;

	/** Decimals to which normalised scores are compared and shown. */
	public static final int DECIMALS = 6;

	private static final MathContext MC = new MathContext(PRECISION, RoundingMode.HALF_EVEN);

	public Ranking {
		entries = List.copyOf(entries);
	}

	/**
	 * Ranks the proposals of a request.
	 * @param criteria the request's criteria
	 * @param cards every scorecard, each checked against the criteria, at most one per
	 * evaluator and proposal
	 * @return the ranking
	 * @throws IllegalArgumentException if a card does not fit the criteria or comes twice
	 */
	public static Ranking of(Criteria criteria, Collection<Scorecard> cards) {
		Map<String, Map<String, BigDecimal>> byEvaluator = new TreeMap<>();
		Set<String> seen = new HashSet<>();
		for (Scorecard card : cards) {
			if (!criteria.check(card.scores()).isAccepted()) {
				throw new IllegalArgumentException("scores of " + card.evaluator() + " for " + card.proposal()
						+ " do not fit the criteria: " + criteria.check(card.scores()));
			}
			if (!seen.add(card.evaluator() + "\u0000" + card.proposal())) {
				throw new IllegalArgumentException(card.evaluator() + " scored " + card.proposal() + " twice");
			}
			byEvaluator.computeIfAbsent(card.evaluator(), (e) -> new TreeMap<>())
				.put(card.proposal(), criteria.exactTotal(card.scores()));
		}
		Map<String, List<Mark>> byProposal = new TreeMap<>();
		for (var evaluator : byEvaluator.entrySet()) {
			Map<String, BigDecimal> totals = evaluator.getValue();
			BigDecimal n = BigDecimal.valueOf(totals.size());
			BigDecimal sum = totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal q = BigDecimal.ZERO;
			for (BigDecimal total : totals.values()) {
				q = q.add(n.multiply(total).subtract(sum).pow(2));
			}
			for (var proposal : totals.entrySet()) {
				BigDecimal d = n.multiply(proposal.getValue()).subtract(sum);
				BigDecimal z = (q.signum() == 0 || d.signum() == 0) ? BigDecimal.ZERO
						: n.multiply(d.pow(2)).divide(q, MC).sqrt(MC).multiply(BigDecimal.valueOf(d.signum()));
				byProposal.computeIfAbsent(proposal.getKey(), (p) -> new ArrayList<>())
					.add(new Mark(evaluator.getKey(), criteria.percent(proposal.getValue()), proposal.getValue(), z));
			}
		}
		List<Entry> unranked = new ArrayList<>();
		for (var proposal : byProposal.entrySet()) {
			List<Mark> marks = proposal.getValue();
			BigDecimal m = BigDecimal.valueOf(marks.size());
			BigDecimal zSum = marks.stream().map(Mark::z).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal exactSum = marks.stream().map(Mark::exactTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
			unranked.add(new Entry(proposal.getKey(), 0, false, criteria.percent(exactSum.divide(m, MC)),
					zSum.divide(m, MC).setScale(DECIMALS, RoundingMode.HALF_EVEN), marks));
		}
		unranked.sort(Comparator.comparing(Entry::normalised).reversed().thenComparing(Entry::proposal));
		List<Entry> ranked = new ArrayList<>();
		for (Entry entry : unranked) {
			long better = unranked.stream()
				.filter((other) -> other.normalised().compareTo(entry.normalised()) > 0)
				.count();
			long same = unranked.stream()
				.filter((other) -> other.normalised().compareTo(entry.normalised()) == 0)
				.count();
			ranked.add(new Entry(entry.proposal(), (int) better + 1, same > 1, entry.rawPercent(), entry.normalised(),
					entry.marks()));
		}
		return new Ranking(ranked);
	}

	/**
	 * The entry of a proposal.
	 * @param proposal the proposal
	 * @return its entry
	 */
	public Entry of(String proposal) {
		return this.entries.stream()
			.filter((entry) -> entry.proposal().equals(proposal))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("not ranked: " + proposal));
	}

	/**
	 * A proposal's place.
	 *
	 * @param proposal the proposal
	 * @param rank 1 for the best; tied proposals share the better rank
	 * @param tied whether another proposal has the same normalised score
	 * @param rawPercent the mean of its evaluators' weighted totals, in percent, two
	 * decimals
	 * @param normalised the mean of its evaluators' z-scores, {@value #DECIMALS} decimals
	 * @param marks each evaluator's total and z-score, by evaluator
	 */
	public record Entry(String proposal, int rank, boolean tied, BigDecimal rawPercent, BigDecimal normalised,
			List<Mark> marks) {

		public Entry {
			marks = List.copyOf(marks);
		}

	}

	/**
	 * One evaluator's mark of a proposal.
	 *
	 * @param evaluator who scored
	 * @param percent the weighted total in percent, two decimals
	 * @param exactTotal the weighted total in exact units (see
	 * {@link Criteria#exactTotal(Map)})
	 * @param z the z-score among that evaluator's totals, {@value #PRECISION} digits
	 */
	public record Mark(String evaluator, BigDecimal percent, BigDecimal exactTotal, BigDecimal z) {

		/**
		 * The z-score as shown.
		 * @return {@value Ranking#DECIMALS} decimals
		 */
		public BigDecimal zShown() {
			return this.z.setScale(DECIMALS, RoundingMode.HALF_EVEN);
		}

	}

}

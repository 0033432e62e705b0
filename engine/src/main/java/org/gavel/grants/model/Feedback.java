package org.gavel.grants.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The feedback an applicant reads in a regret (or award) letter: per criterion, the mean
 * of the evaluators' scores and their comments, unattributed and in alphabetical order so
 * that neither an evaluator's identity nor their score can be read from it.
 *
 * @param lines one per criterion, in the call's order
 */
public record Feedback(List<Line> lines) {

	/** The decimals of a mean score. */
	public static final int MEAN_DECIMALS = 1;

	public Feedback {
		lines = List.copyOf(lines);
	}

	/**
	 * Aggregates the evaluators' sheets of one proposal.
	 * @param criteria the call's criteria
	 * @param sheets every assigned evaluator's sheet, in any order
	 * @return the feedback; a criterion nobody scored has no mean
	 */
	public static Feedback of(Criteria criteria, List<ScoreSheet> sheets) {
		List<Line> lines = new ArrayList<>();
		for (Criterion criterion : criteria.list()) {
			BigDecimal sum = BigDecimal.ZERO;
			int count = 0;
			List<String> comments = new ArrayList<>();
			for (ScoreSheet sheet : sheets) {
				BigDecimal score = sheet.scores().get(criterion.key());
				if (score != null) {
					sum = sum.add(score);
					count++;
				}
				String comment = sheet.comments().get(criterion.key());
				if (comment != null && !comment.isBlank()) {
					comments.add(comment.strip());
				}
			}
			comments.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(String::compareTo));
			BigDecimal mean = (count == 0) ? null
					: sum.divide(BigDecimal.valueOf(count), MEAN_DECIMALS, RoundingMode.HALF_EVEN);
			lines.add(new Line(criterion.title(), criterion.weight(), criterion.maxScore(), mean, comments));
		}
		return new Feedback(lines);
	}

	/**
	 * A criterion's feedback.
	 *
	 * @param criterion its title
	 * @param weight its weight, in percent
	 * @param maxScore its largest score
	 * @param mean the evaluators' mean score, or {@code null} when none scored it
	 * @param comments the evaluators' comments, unattributed, in alphabetical order
	 */
	public record Line(String criterion, int weight, int maxScore, BigDecimal mean, List<String> comments) {

		public Line {
			comments = List.copyOf(comments);
		}

		public boolean scored() {
			return this.mean != null;
		}

	}

}

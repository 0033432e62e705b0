package org.gavel.grants.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.gavel.system.Outcome;

/**
 * An evaluator's scores of one proposal, one line per criterion as the score form takes
 * them ({@code key | score | comment}), so that the same form works in Tasklist and in
 * the portal (which writes the lines from one field per criterion). Every criterion is
 * scored within its range, with a comment.
 *
 * @param scores the score per criterion key
 * @param comments the comment per criterion key
 */
public record ScoreSheet(Map<String, BigDecimal> scores, Map<String, String> comments) {

	public ScoreSheet {
		scores = Map.copyOf(scores);
		comments = Map.copyOf(comments);
	}

	/**
	 * Reads the lines.
	 * @param criteria the call's criteria
	 * @param text the lines
	 * @return the sheet, or the first problem by the field {@code scores}
	 */
	public static Outcome<ScoreSheet> read(Criteria criteria, String text) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		Map<String, String> comments = new LinkedHashMap<>();
		for (Line line : Line.of(text, 3)) {
			String at = line.at();
			String[] parts = line.parts();
			if (parts.length < 3) {
				return Outcome.refused("scores", at + "write the criterion, the score and a comment, e.g. "
						+ criteria.list().get(0).key() + " | 4 | Names 800 households");
			}
			String key = parts[0].strip();
			if (criteria.list().stream().noneMatch((c) -> c.key().equals(key))) {
				return Outcome.refused("scores", at + "'" + key + "' is not a criterion of this call; they are "
						+ criteria.list().stream().map(Criterion::key).collect(Collectors.joining(", ")));
			}
			if (scores.containsKey(key)) {
				return Outcome.refused("scores", at + "'" + key + "' is scored twice");
			}
			try {
				scores.put(key, new BigDecimal(parts[1].strip()));
			}
			catch (NumberFormatException ex) {
				return Outcome.refused("scores", at + "'" + parts[1].strip() + "' is not a score");
			}
			if (parts[2].isBlank()) {
				return Outcome.refused("scores", at + "say why: every score has a comment");
			}
			comments.put(key, parts[2].strip());
		}
		for (Criterion criterion : criteria.list()) {
			if (!scores.containsKey(criterion.key())) {
				return Outcome.refused("scores", criterion.title() + " is not scored");
			}
		}
		return criteria.check(scores)
			.fold((checked) -> Outcome.accepted(new ScoreSheet(checked, comments)), (refusal) -> {
				Map.Entry<String, String> first = refusal.fields().entrySet().iterator().next();
				String key = first.getKey().substring("score.".length());
				String title = criteria.list()
					.stream()
					.filter((c) -> c.key().equals(key))
					.map(Criterion::title)
					.findFirst()
					.orElse(key);
				return Outcome.refused("scores", title + ": " + first.getValue());
			});
	}

	/**
	 * The lines the score form takes for these scores, as the portal writes them.
	 * @param criteria the call's criteria
	 * @param scores the typed score per key, as text
	 * @param comments the typed comment per key
	 * @return the lines
	 */
	public static String lines(Criteria criteria, Map<String, String> scores, Map<String, String> comments) {
		StringBuilder lines = new StringBuilder();
		for (Criterion criterion : criteria.list()) {
			lines.append(criterion.key())
				.append(" | ")
				.append(scores.getOrDefault(criterion.key(), "").strip())
				.append(" | ")
				.append(comments.getOrDefault(criterion.key(), "").replaceAll("\\R", " ").strip())
				.append('\n');
		}
		return lines.toString();
	}

}

package org.gavel.documents.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * Compares two versions of a sectioned text (terms of reference, a resolution), section
 * by section and, inside a changed line, word by word (java-diff-utils).
 */
public final class TextComparison {

	private static final char REMOVED = '\u0001';

	private static final char ADDED = '\u0003';

	private static final char KEPT = '\u0002';

	private TextComparison() {
	}

	/**
	 * Compares.
	 * @param headings the sections, in order: key and heading
	 * @param older the older text per section key
	 * @param newer the newer text per section key
	 * @return one entry per section
	 */
	public static List<Section> compare(Map<String, String> headings, Map<String, String> older,
			Map<String, String> newer) {
		DiffRowGenerator words = DiffRowGenerator.create()
			.showInlineDiffs(true)
			.inlineDiffByWord(true)
			.mergeOriginalRevised(true)
			.lineNormalizer((line) -> line)
			.oldTag((start) -> String.valueOf(start ? REMOVED : KEPT))
			.newTag((start) -> String.valueOf(start ? ADDED : KEPT))
			.build();
		List<Section> sections = new ArrayList<>();
		headings.forEach((key, heading) -> {
			List<DiffRow> rows = words.generateDiffRows(lines(older.getOrDefault(key, "")),
					lines(newer.getOrDefault(key, "")));
			boolean changed = rows.stream().anyMatch((row) -> row.getTag() != DiffRow.Tag.EQUAL);
			sections.add(new Section(heading, changed, rows.stream().map(TextComparison::line).toList()));
		});
		return sections;
	}

	private static Line line(DiffRow row) {
		String marked = switch (row.getTag()) {
			case INSERT -> ADDED + row.getNewLine() + KEPT;
			case DELETE -> REMOVED + row.getOldLine() + KEPT;
			default -> row.getOldLine();
		};
		return new Line(row.getTag().name(), runs(marked.replace(ADDED + "" + ADDED, "" + ADDED)));
	}

	private static List<Run> runs(String marked) {
		List<Run> runs = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		String kind = "kept";
		for (char c : marked.toCharArray()) {
			String next = (c == REMOVED) ? "removed" : (c == ADDED) ? "added" : (c == KEPT) ? "kept" : null;
			if (next == null) {
				text.append(c);
				continue;
			}
			if (!text.isEmpty()) {
				runs.add(new Run(kind, text.toString()));
			}
			text.setLength(0);
			kind = next;
		}
		if (!text.isEmpty()) {
			runs.add(new Run(kind, text.toString()));
		}
		return runs;
	}

	private static List<String> lines(String text) {
		return Arrays.asList(text.split("\\R", -1));
	}

	/**
	 * A section compared.
	 *
	 * @param heading the section's heading
	 * @param changed whether anything in it changed
	 * @param lines its lines
	 */
	public record Section(String heading, boolean changed, List<Line> lines) {

	}

	/**
	 * A line compared.
	 *
	 * @param kind EQUAL, CHANGE, INSERT or DELETE
	 * @param runs its words as runs of kept, removed and added text
	 */
	public record Line(String kind, List<Run> runs) {

	}

	/**
	 * A run of words.
	 *
	 * @param kind {@code kept}, {@code removed} or {@code added}
	 * @param text the words
	 */
	public record Run(String kind, String text) {

	}

}

package org.gavel.grants.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a form's field that holds one per line, its fields split by {@code |}: an
 * RFP's criteria and required files, a panel meeting's changes, a recommendation, a score
 * sheet, a project's milestones. Blank lines are skipped; each entry keeps the number its
 * writer sees, for the messages that point at it.
 *
 * @param number the line's number in the text, from 1
 * @param parts its fields as written (not stripped)
 */
public record Line(int number, String[] parts) {

	/**
	 * The entries of a field's text.
	 * @param text the field's text, or {@code null}
	 * @param limit as {@link String#split(String, int)}'s: the most fields, the last one
	 * keeping any further {@code |}; 0 for no limit
	 * @return the non-blank lines, in order
	 */
	public static List<Line> of(String text, int limit) {
		List<Line> entries = new ArrayList<>();
		String[] lines = (text != null) ? text.strip().split("\\R") : new String[0];
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (!line.isEmpty()) {
				entries.add(new Line(i + 1, line.split("\\|", limit)));
			}
		}
		return entries;
	}

	/**
	 * How a message points at the line.
	 * @return e.g. {@code "line 3: "}
	 */
	public String at() {
		return "line " + this.number + ": ";
	}

}

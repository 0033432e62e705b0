package org.gavel.resolutions.model;

import org.gavel.system.Outcome;

/**
 * The Executive Committee's position on a resolution, as the booklet prints it.
 *
 * @param stance support, oppose or neutral
 * @param statement the EC's statement, stripped
 */
public record EcPosition(EcStance stance, String statement) {

	/**
	 * A position as the form {@code ec-position} submits it.
	 * @param stance {@code support}, {@code oppose} or {@code neutral}
	 * @param statement the statement
	 * @return the position, or the field at fault
	 */
	public static Outcome<EcPosition> of(String stance, String statement) {
		EcStance chosen = EcStance.ofValue(stance).orElse(null);
		if (chosen == null) {
			return Outcome.refused("stance", "choose support, oppose or neutral");
		}
		if (statement == null || statement.isBlank()) {
			return Outcome.refused("statement", "the booklet prints the EC's statement");
		}
		return Outcome.accepted(new EcPosition(chosen, statement.strip()));
	}

}

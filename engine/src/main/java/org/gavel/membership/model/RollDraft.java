package org.gavel.membership.model;

import java.util.List;

/**
 * A roll as drawn from the directory, before it is stored.
 *
 * @param electorate who it is for
 * @param entries the voters, ordered by category then organisation then voter
 * @param notes who was left out and why, and other remarks
 */
public record RollDraft(Electorate electorate, List<RollEntry> entries, List<RollNote> notes) {

	public RollDraft {
		entries = List.copyOf(entries);
		notes = List.copyOf(notes);
	}

}

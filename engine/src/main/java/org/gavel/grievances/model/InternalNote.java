package org.gavel.grievances.model;

import java.time.Instant;
import java.util.UUID;

import org.gavel.system.Outcome;

/**
 * A note of the investigation, written by a member of the case's panel or the secretariat
 * for each other: never shown to a party, never on the register, in a letter, a mail to a
 * party or a process variable.
 *
 * @param id its id
 * @param text what it says
 * @param author who wrote it
 * @param at when
 */
public record InternalNote(UUID id, String text, String author, Instant at) {

	/** The longest note, in characters. */
	public static final int MAX_LENGTH = 20_000;

	/**
	 * Reads a note as typed.
	 * @param text the note
	 * @return the note's text, or the refusal by the field {@code note}
	 */
	public static Outcome<String> read(String text) {
		String note = (text == null) ? "" : text.strip();
		if (note.isEmpty()) {
			return Outcome.refused("note", "is required: write the note");
		}
		if (note.length() > MAX_LENGTH) {
			return Outcome.refused("note",
					"must be at most " + MAX_LENGTH + " characters long (it has " + note.length() + ")");
		}
		return Outcome.accepted(note);
	}

}

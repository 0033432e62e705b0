package org.gavel.membership.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored electoral roll: frozen when taken, never changed afterwards.
 *
 * @param id identifier
 * @param electorate who it is for
 * @param cutOff the instant the membership was taken as of
 * @param takenAt when it was stored
 * @param takenBy who took it (a username, or {@code system} for a process)
 * @param previousId the roll of the same electorate it follows, or {@code null}
 * @param entries the voters
 * @param notes who was left out and why
 */
public record ElectoralRoll(UUID id, Electorate electorate, Instant cutOff, Instant takenAt, String takenBy,
		UUID previousId, List<RollEntry> entries, List<RollNote> notes) {

	public ElectoralRoll {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(electorate, "electorate");
		entries = List.copyOf(entries);
		notes = List.copyOf(notes);
	}

}

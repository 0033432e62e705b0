package org.gavel.voting.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting its ballots are voted in, such as a General Assembly's session: where a rule
 * set counts quorum for the meeting, its attendance register decides whether any of them
 * can decide.
 *
 * @param id identifier
 * @param title e.g. "Annual General Assembly 2027"
 * @param heldAt when it meets
 * @param zone the time zone it is shown in
 * @param createdBy who set it up
 */
public record Meeting(UUID id, String title, Instant heldAt, ZoneId zone, String createdBy) {

	public Meeting {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(heldAt, "heldAt");
		Objects.requireNonNull(zone, "zone");
	}

}

package org.gavel.voting.model;

import java.util.Objects;

/**
 * One place's line in a meeting's attendance register.
 *
 * @param place whose place: the organisation's identifier where places are organisations'
 * (its designated voter), else the person's username
 * @param presence present in the room, or represented by a proxy
 * @param representedBy who holds the proxy, when represented
 */
public record Attendance(String place, Presence presence, String representedBy) {

	public Attendance {
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(presence, "presence");
	}

	/** How a place attends. */
	public enum Presence {

		/** In the room, in person. */
		PRESENT,
		/** Represented by a proxy holder. */
		REPRESENTED

	}

}

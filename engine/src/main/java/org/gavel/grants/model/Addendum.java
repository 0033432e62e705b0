package org.gavel.grants.model;

import java.time.Instant;

/**
 * A change to a published RFP: its text, and the deadline it moves, if any.
 *
 * @param number its number in the RFP, from 1
 * @param text what changes
 * @param oldDeadline the deadline before, or {@code null} when it stays
 * @param newDeadline the new deadline, or {@code null} when it stays
 * @param issuedBy who issued it
 * @param issuedAt when
 */
public record Addendum(int number, String text, Instant oldDeadline, Instant newDeadline, String issuedBy,
		Instant issuedAt) {

	public boolean movesDeadline() {
		return this.newDeadline != null;
	}

}

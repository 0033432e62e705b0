package org.gavel.system;

/**
 * Who a history records as acting when nobody did: a step the process took by itself (a
 * timer, a count, a decision that follows from others). A person acting is recorded by
 * their username.
 */
public final class Actors {

	/** Gavel itself. */
	public static final String GAVEL = "Gavel";

	private Actors() {
	}

}

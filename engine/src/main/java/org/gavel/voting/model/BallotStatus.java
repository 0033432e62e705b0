package org.gavel.voting.model;

/**
 * Where a ballot stands, as pages and the API show it.
 */
public enum BallotStatus {

	/** Voting has not opened yet. */
	SCHEDULED,
	/** Voting is open. */
	OPEN,
	/** The online window is over, not counted yet. */
	CLOSED,
	/** Counted, waiting for the scrutineers. */
	COUNTED,
	/** The result is published. */
	PUBLISHED;

	/**
	 * The status as a page shows it.
	 * @return the name in lower case, e.g. {@code open}
	 */
	public String label() {
		return name().toLowerCase();
	}

}

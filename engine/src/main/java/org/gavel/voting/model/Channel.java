package org.gavel.voting.model;

/**
 * How a vote reached the ballot box; rule sets decide which channels count toward quorum.
 */
public enum Channel {

	/** Cast by the voter in the portal or through the API. */
	ONLINE,
	/** Cast by a proxy holder for the voter. */
	PROXY,
	/** Counted in the meeting room and entered by the secretariat as a tally. */
	IN_ROOM,
	/**
	 * A paper ballot (a postal vote, say) the secretariat records for a voter on the
	 * roll.
	 */
	PAPER

}

package org.gavel.voting.model;

/**
 * What the hash chain covers: a vote, or an in-room tally after the votes.
 */
public sealed interface ChainLink permits ChainedVote, InRoomTally {

	/**
	 * The line the chain hashes, documented in docs/voting-rules.md for auditors.
	 * @return the line
	 */
	String line();

}

package org.gavel.voting.model;

/**
 * What a count concludes.
 */
public enum BallotOutcome {

	ADOPTED, REJECTED, NO_QUORUM,
	/**
	 * As much weight for as against, under a rule that leaves it to a casting vote or a
	 * new ballot.
	 */
	TIE;

	/**
	 * The outcome as a sentence says it.
	 * @return the name in lower case with spaces, e.g. {@code no quorum}
	 */
	public String label() {
		return name().replace('_', ' ').toLowerCase();
	}

}

package org.gavel.approvals.model;

/**
 * How an approval ended, worked out from the path the process took.
 *
 * @param approved whether the item is approved
 * @param how by consensus, by the seat vote, by the chair, or because the rounds ran out
 */
public record Decision(boolean approved, How how) {

	/** How the decision came about. */
	public enum How {

		CONSENSUS, SEAT_VOTE, CHAIR, ROUNDS_EXHAUSTED

	}

	/**
	 * The decision at the end of the process.
	 * @param consensus whether the last round reached consensus
	 * @param voteOutcome the seat vote's outcome (ADOPTED, REJECTED, NO_QUORUM, TIE), or
	 * {@code null} without a vote
	 * @param chairReturned whether the chair returned the item (after a failed vote)
	 * @return the decision
	 */
	public static Decision reach(boolean consensus, String voteOutcome, boolean chairReturned) {
		if (consensus) {
			return new Decision(true, How.CONSENSUS);
		}
		if ("ADOPTED".equals(voteOutcome)) {
			return new Decision(true, How.SEAT_VOTE);
		}
		// the process reaches the decision after a failed vote only when the chair
		// rejected, or returned the item with no round left
		return new Decision(false, chairReturned ? How.ROUNDS_EXHAUSTED : How.CHAIR);
	}

}

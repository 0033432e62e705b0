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
	 * @param voteAdopted whether a seat vote adopted the item
	 * @param chair what the chair decided after a failed vote, or {@code null}
	 * @return the decision
	 */
	public static Decision reach(boolean consensus, boolean voteAdopted, ChairDecision chair) {
		if (consensus) {
			return new Decision(true, How.CONSENSUS);
		}
		if (voteAdopted) {
			return new Decision(true, How.SEAT_VOTE);
		}
		// the process reaches the decision after a failed vote only when the chair
		// rejected, or returned the item with no round left
		return new Decision(false, (chair == ChairDecision.RETURN) ? How.ROUNDS_EXHAUSTED : How.CHAIR);
	}

	/**
	 * Where the decision leaves the item.
	 * @return {@link Status#APPROVED} or {@link Status#REJECTED}
	 */
	public Status status() {
		return this.approved ? Status.APPROVED : Status.REJECTED;
	}

}

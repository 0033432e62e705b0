package org.gavel.approvals.model;

/**
 * A step in an approval's history, as its record lists it.
 */
public enum ApprovalEvent {

	SUBMITTED, REVIEW_REQUESTED, NO_OBJECTION, OBJECTION, RECUSED, ESCALATED, ROUND_CLOSED, CONSENSUS, NO_CONSENSUS,
	SEAT_VOTE, RETURNED, REJECTED_BY_CHAIR, RESUBMITTED, APPROVED, REJECTED;

	/**
	 * The step as a person reads it.
	 * @return e.g. "no objection"
	 */
	public String label() {
		return name().replace('_', ' ').toLowerCase();
	}

	/**
	 * The step a review records.
	 * @param response the response
	 * @return its step
	 */
	public static ApprovalEvent of(Response response) {
		return switch (response) {
			case NO_OBJECTION -> NO_OBJECTION;
			case OBJECTION -> OBJECTION;
			case CONFLICT -> RECUSED;
		};
	}

}

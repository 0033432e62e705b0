package org.gavel.resolutions.model;

/**
 * A step in a resolution's history, as its page lists it.
 */
public enum ResolutionEvent {

	DRAFTED, INVITED, ENDORSED, DECLINED, SUBMITTED, RESUBMITTED, REVIEWED, INADMISSIBLE, LATE, ADMITTED, EC_POSITION,
	PUBLISHED, VOTING_OPENED, RESULT, IMPLEMENTATION, ASSEMBLY_RESCHEDULED,
	/** A member's comment in the discussion. */
	COMMENT;

	/**
	 * The step as a person reads it.
	 * @return e.g. "voting opened"
	 */
	public String label() {
		return name().replace('_', ' ').toLowerCase();
	}

}

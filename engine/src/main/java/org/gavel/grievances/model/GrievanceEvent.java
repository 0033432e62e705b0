package org.gavel.grievances.model;

/**
 * A step in a grievance's history.
 */
public enum GrievanceEvent {

	FILED, EVIDENCE_ADDED, ACKNOWLEDGED, ACKNOWLEDGEMENT_OVERDUE, FOUND_COMPLETE, RETURNED_INCOMPLETE,
	COMPLETED_BY_COMPLAINANT, CLOSED_INCOMPLETE, TRIAGED, TRIAGE_CONFIRMED, TRIAGE_OVERRIDDEN, ENGAGEMENT_OPENED,
	CHECKED_IN, RESOLVED, ESCALATED_TO_PANEL, WITHDRAWN, TOKEN_REPLACED;

	/**
	 * The step as a person reads it.
	 * @return e.g. "evidence added"
	 */
	public String label() {
		return name().replace('_', ' ').toLowerCase();
	}

}

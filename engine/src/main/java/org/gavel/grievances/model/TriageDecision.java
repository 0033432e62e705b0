package org.gavel.grievances.model;

/**
 * The secretariat's review of the triage table's proposal: confirmed, or overridden with
 * a reason.
 */
public enum TriageDecision {

	CONFIRM, OVERRIDE

}

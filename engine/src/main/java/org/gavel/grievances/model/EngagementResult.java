package org.gavel.grievances.model;

/** Whether bilateral engagement resolved the grievance, as the secretariat found. */
public enum EngagementResult {

	RESOLVED, UNRESOLVED

}

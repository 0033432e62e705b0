package org.gavel.grievances.model;

/**
 * Whom a grievance is about, as the triage table reads it: a member, or the secretariat
 * itself.
 */
public enum RespondentKind {

	MEMBER, SECRETARIAT

}

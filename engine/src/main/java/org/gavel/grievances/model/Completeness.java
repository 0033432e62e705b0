package org.gavel.grievances.model;

/** What the completeness check found. */
public enum Completeness {

	COMPLETE, INCOMPLETE

}

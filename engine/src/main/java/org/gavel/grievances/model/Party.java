package org.gavel.grievances.model;

/**
 * A party to a grievance: who may appeal the panel's decision, or be asked for
 * information.
 */
public enum Party {

	COMPLAINANT("the complainant"), RESPONDENT("the respondent");

	private final String label;

	Party(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

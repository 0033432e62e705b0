package org.gavel.grants.model;

/** Where an awarded proposal's project stands. */
public enum ProjectStatus {

	/** Awarded: the secretariat agrees its milestones with the grantee. */
	PLANNING("milestones being agreed"),
	/** Its milestones are agreed: the grantee reports on each. */
	UNDER_WAY("under way"),
	/** Every milestone's report is accepted. */
	COMPLETED("completed");

	private final String label;

	ProjectStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

package org.gavel.approvals.model;

/**
 * What the Executive Committee is asked to approve.
 */
public enum ItemType {

	TERMS_OF_REFERENCE("Terms of reference"), TASK_FORCE("Task-force creation"), RFP("Request for proposals"),
	AWARD("Grant award"), POSITION("EC position"), SANCTION("Sanction");

	private final String label;

	ItemType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

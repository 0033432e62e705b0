package org.gavel.grants.model;

/** Where a request for proposals stands. */
public enum RfpStatus {

	/** Submitted to the Executive Committee, which may return it for revision. */
	BEFORE_EC("before the Executive Committee"),
	/** The EC rejected it; it is never published. */
	REJECTED("rejected by the Executive Committee"),
	/** Approved and open: applicants ask questions and submit proposals. */
	PUBLISHED("open for proposals"),
	/** Past its deadline: proposals are screened for eligibility. */
	CLOSED("closed: proposals being screened");

	private final String label;

	RfpStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

package org.gavel.grants.model;

/** Where a request for proposals stands. */
public enum RfpStatus {

	/** Submitted to the Executive Committee, which may return it for revision. */
	BEFORE_EC("before the Executive Committee"),
	/** The EC rejected it; it is never published. */
	REJECTED("rejected by the Executive Committee"),
	/** Approved and open: applicants ask questions and submit proposals. */
	PUBLISHED("open for proposals"),
	/** Past its deadline: proposals are screened, declared on and scored. */
	CLOSED("closed: proposals being screened and scored"),
	/** Every proposal settled: the panel meets on the ranking. */
	RANKING("scored: the panel meets on the ranking"),
	/** The panel met: the working group recommends. */
	RANKED("ranked: the working group recommends"),
	/** The working group's recommendation is before the Executive Committee. */
	RECOMMENDED("recommended: the award is before the Executive Committee"),
	/** The EC awarded the grants; applicants are told. */
	AWARDED("awarded");

	private final String label;

	RfpStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

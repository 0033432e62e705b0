package org.gavel.grants.model;

/** Where a proposal stands. */
public enum ProposalStatus {

	/** Being written; only its applicant sees it. */
	DRAFT("draft, not submitted"),
	/** Submitted before the deadline; it may still be withdrawn until then. */
	SUBMITTED("submitted"),
	/** Withdrawn by its applicant before the deadline. */
	WITHDRAWN("withdrawn"),
	/** Still a draft when the deadline passed: never submitted. */
	LAPSED("not submitted by the deadline"),
	/** The eligibility table found it ineligible; the secretariat reviews that. */
	SCREENING("eligibility under review by the secretariat"),
	/**
	 * Eligible, by the table or by the secretariat's override; conflicts are declared.
	 */
	ELIGIBLE("eligible, awaiting evaluation"),
	/** Its evaluators, none with a conflict, are assigned. */
	EVALUATION("with its evaluators"),
	/** Every assigned evaluator has scored it. */
	SCORED("scored"),
	/** Ineligible, confirmed by the secretariat. */
	INELIGIBLE("not eligible");

	private final String label;

	ProposalStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}

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
	INELIGIBLE("not eligible"),
	/** Scored, and not in the grants the Executive Committee awarded. */
	NOT_AWARDED("not awarded"),
	/**
	 * Approved by the EC with matched funding: funding members pledge until it is
	 * covered.
	 */
	FUNDING("approved: offered to the funding members"),
	/** Approved by the EC, but the pledges did not cover it by the pledge deadline. */
	NOT_FUNDED("approved, but not covered by pledges"),
	/** Awarded (and, with matched funding, covered): its project runs. */
	AWARDED("awarded");

	private final String label;

	ProposalStatus(String label) {
		this.label = label;
	}

	/**
	 * Whether the proposal was scored, whatever came of it since: it has a place in the
	 * ranking.
	 * @return true from SCORED on
	 */
	public boolean scored() {
		return this == SCORED || this == NOT_AWARDED || this == FUNDING || this == NOT_FUNDED || this == AWARDED;
	}

	public String label() {
		return this.label;
	}

}

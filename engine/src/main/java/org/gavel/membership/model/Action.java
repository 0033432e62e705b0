package org.gavel.membership.model;

/**
 * The things Gavel lets people do, each decided by {@link MemberContext#may(Action)}.
 */
public enum Action {

	VOTE_IN_GENERAL_ASSEMBLY("vote in the General Assembly"),
	SUBMIT_RESOLUTION("submit a resolution to the General Assembly"), CO_SPONSOR_RESOLUTION("co-sponsor a resolution"),
	COMMENT_ON_RESOLUTION("comment on resolutions"), VOTE_IN_EXECUTIVE_COMMITTEE("vote in the Executive Committee"),
	CHAIR_EXECUTIVE_COMMITTEE("chair the Executive Committee"),
	DRAFT_TERMS_OF_REFERENCE("draft terms of reference and RFPs"),
	RUN_SECRETARIAT("run the secretariat: admissibility, agendas, ballots, electoral rolls"),
	SIGN_OFF_RESULTS("sign off ballot results as scrutineer"), SCORE_PROPOSALS("score proposals"),
	SUBMIT_PROPOSAL("submit proposals to requests for proposals"), DECIDE_GRIEVANCES("decide grievances");

	private final String description;

	Action(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

}

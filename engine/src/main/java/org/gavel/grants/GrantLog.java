package org.gavel.grants;

import org.gavel.system.LogCode;
import org.slf4j.event.Level;

/**
 * The log codes of RFP grant cycles ({@code GRANT-0xx}).
 */
public enum GrantLog implements LogCode {

	RFP_DRAFTED(1, "rfp drafted reference={} by={} criteria={} files={} panel={}"),
	RFP_REVISED(2, "rfp revised reference={} version={} by={}"),
	RFP_PUBLISHED(3, "rfp published reference={} approval={} deadline={}"),
	RFP_REJECTED(4, "rfp rejected reference={} approval={}"),
	QUESTION_ASKED(5, "question asked reference={} number={}"),
	QUESTION_ANSWERED(6, "question answered reference={} number={} by={}"),
	ADDENDUM_ISSUED(7, "addendum issued reference={} number={} deadline={} mailed={}"),
	SUBMISSIONS_CLOSED(8, "submissions closed reference={} submitted={} drafts={}"),
	PROPOSAL_STARTED(10, "proposal started reference={}"),
	PROPOSAL_FILE_STORED(11, "proposal file stored reference={} slot={} attachment={} bytes={}"),
	PROPOSAL_SUBMITTED(12, "proposal submitted reference={}"),
	PROPOSAL_WITHDRAWN(13, "proposal withdrawn reference={}"),
	PROPOSAL_LAPSED(14, "proposal not submitted by the deadline reference={}"),
	PROPOSAL_SCREENED(15, "proposal screened reference={} eligible={}"),
	SCREENING_REVIEWED(16, "screening reviewed reference={} decision={} eligible={} by={}"),
	INTEREST_DECLARED(17, "interest declared reference={} evaluator={} conflict={}"),
	EVALUATORS_ASSIGNED(18, "evaluators assigned reference={} evaluators={} missing={}"),
	EVALUATOR_ADDED(19, "evaluator added reference={} evaluator={} by={}"),
	PROPOSAL_SCORED_BY(20, "proposal scored reference={} evaluator={}"),
	RANKING_OPENED(21, "ranking opened to the panel meeting reference={} ranked={}"),
	RANKING_ADJUSTED(22, "ranking adjusted by the panel meeting reference={} changes={} by={}"),
	GRANTS_RECOMMENDED(23, "grants recommended reference={} round={} proposals={} total={} by={}"),
	GRANTS_AWARDED(24, "grants awarded reference={} approval={} awarded={} regretted={} matched={}"),
	AWARD_REJECTED(25, "award rejected by the executive committee reference={} round={}"),
	PLEDGE_RECORDED(26, "pledge recorded reference={} organisation={} covered={}"),
	FUNDING_LAPSED(27, "matched funding not covered by the pledge deadline reference={}"),
	APPLICANT_TOLD(28, "applicant told of the outcome reference={} outcome={}"),
	MILESTONES_AGREED(29, "project milestones agreed reference={} milestones={} by={}"),
	MILESTONE_REPORTED(30, "milestone reported reference={} milestone={} files={}"),
	MILESTONE_REVIEWED(31, "milestone report reviewed reference={} milestone={} accepted={} by={}"),
	MILESTONE_OVERDUE(32, "milestone overdue, escalated to the secretariat reference={} milestone={}"),
	PROJECT_COMPLETED(33, "project completed reference={}"),
	TEMPLATE_OFFERED(34, "template offered reference={} slot={} attachment={} bytes={} by={}");

	private final Entry entry;

	GrantLog(int number, String message) {
		this.entry = Entry.of("GRANT", number, Level.INFO, message);
	}

	@Override
	public Entry entry() {
		return this.entry;
	}

}

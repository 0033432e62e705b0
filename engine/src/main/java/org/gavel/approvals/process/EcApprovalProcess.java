package org.gavel.approvals.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The names {@code processes/ec-approval.bpmn} and its callers share: the process key,
 * the variables a caller passes in, those the process sets, and the elements' ids.
 */
public final class EcApprovalProcess {

	/** The process definition key; call it from another process with a call activity. */
	public static final String KEY = "EcApprovalProcess";

	/** In: the item type, e.g. {@code TERMS_OF_REFERENCE} or {@code POSITION}. */
	public static final String ITEM_TYPE = "itemType";

	/** In: the item's title. */
	public static final String TITLE = "title";

	/** In: what the item refers to, e.g. {@code terms-of-reference:<id>}. */
	public static final String SUBJECT = "subject";

	/** In: the version of the item's document (integer, from 1). */
	public static final String VERSION = "version";

	/** In, optional: the submitting working group. */
	public static final String WORKING_GROUP = "workingGroup";

	/** In: who submits (username); they revise the item when it is returned. */
	public static final String SUBMITTED_BY = "submittedBy";

	/**
	 * In, optional: how many review rounds (integer); the configured default if absent.
	 */
	public static final String MAX_ROUNDS = "maxRounds";

	/** In, optional: the form of the revision task; {@code ec-revision} if absent. */
	public static final String REVISION_FORM = "revisionForm";

	/** Set: the approval's id (string), also the instance's business key. */
	public static final String APPROVAL_ID = "approvalId";

	/** Set: the EC chair, who decides after a failed vote. */
	public static final String CHAIR = "chair";

	/** Set: the current round (integer). */
	public static final String ROUND = "round";

	/** Set: when the round's reminder is due and when its reviews are (dates). */
	public static final String REVIEW_REMINDER_AT = "reviewReminderAt";

	public static final String REVIEW_DUE_AT = "reviewDueAt";

	/** Set: whether the last round reached consensus (boolean). */
	public static final String CONSENSUS = "consensus";

	/** Set from the seat vote: its outcome (ADOPTED, REJECTED, NO_QUORUM, TIE). */
	public static final String VOTE_OUTCOME = "voteOutcome";

	/** Set from the seat vote: its ballot's id. */
	public static final String VOTE_BALLOT_ID = "voteBallotId";

	/** Set by the chair's form: {@code return} or {@code reject}, with comments. */
	public static final String CHAIR_DECISION = "chairDecision";

	public static final String CHAIR_COMMENTS = "comments";

	/** Set by a reviewer's form: the response and its reason. */
	public static final String RESPONSE = "response";

	public static final String REASON = "reason";

	/** Set by the revision form: what changed. */
	public static final String CHANGE_NOTE = "changeNote";

	/** Set at the end: APPROVED or REJECTED. */
	public static final String DECISION = "decision";

	/** The message that closes a review round before every member has responded. */
	public static final String REVIEW_ROUND_CLOSED = "ReviewRoundClosed";

	/** User task, one per seat holder: review the item. */
	public static final String REVIEW_ITEM = "Activity_ReviewItem";

	/** User task: the chair returns or rejects after a failed vote. */
	public static final String CHAIR_DECIDES = "Activity_ChairDecides";

	/** User task: the submitter revises a returned item. */
	public static final String REVISE_ITEM = "Activity_ReviseItem";

	/** The seat vote (call activity of BallotProcess). */
	public static final String SEAT_VOTE = "Activity_SeatVote";

	private EcApprovalProcess() {
	}

	static UUID approvalId(VariableScope scope) {
		return UUID.fromString((String) scope.getVariable(APPROVAL_ID));
	}

}

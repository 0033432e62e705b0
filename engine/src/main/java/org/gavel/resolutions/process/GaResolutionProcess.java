package org.gavel.resolutions.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The names {@code processes/ga-resolution.bpmn} and its callers share: the process key,
 * the variables, the message and the user tasks' ids.
 */
public final class GaResolutionProcess {

	/** The process definition key. */
	public static final String KEY = "GaResolutionProcess";

	/** In: the resolution's id (string), also the business key. */
	public static final String RESOLUTION_ID = "resolutionId";

	/** In: the assembly's id (string). */
	public static final String ASSEMBLY_ID = "assemblyId";

	/** In: the proposer (username); submits and revises. */
	public static final String PROPOSER = "proposer";

	/** In: the submission deadline (date), for the timer. */
	public static final String SUBMISSION_DEADLINE = "submissionDeadline";

	/** Set: the resubmission deadline of a returned resolution (date). */
	public static final String RESUBMIT_BY = "resubmitBy";

	/** Set by the admissibility form: admit, return or reject, with comments. */
	public static final String DECISION = "decision";

	public static final String COMMENTS = "comments";

	/** Set by the admissibility form: whether the EC is asked for its position. */
	public static final String ASK_EC_POSITION = "askEcPosition";

	/** Set from the EC approval: its id, decision (APPROVED, REJECTED) and chair. */
	public static final String EC_APPROVAL_ID = "ecApprovalId";

	public static final String EC_DECISION = "ecDecision";

	/** Set when published: when voting opens (date), for the timer. */
	public static final String VOTING_OPENS_AT = "votingOpensAt";

	/** Set from the ballot: its id and outcome (ADOPTED, REJECTED, NO_QUORUM, TIE). */
	public static final String BALLOT_ID = "ballotId";

	public static final String OUTCOME = "outcome";

	/**
	 * The message the secretariat's publication of the booklet sends each admitted one.
	 */
	public static final String BOOKLET_PUBLISHED = "BookletPublished";

	/** Embedded sub-process: co-sponsors are collected until the proposer submits. */
	public static final String COLLECT_SPONSORS = "SubProcess_CollectSponsors";

	/** Local variable of each endorsement task: the invited member. */
	public static final String CO_SPONSOR = "coSponsor";

	/** User task, one per invited member: endorse or decline. */
	public static final String ENDORSE = "Activity_EndorseResolution";

	/** User task: the proposer submits. */
	public static final String SUBMIT = "Activity_SubmitResolution";

	/** User task (secretariat): admissibility review. */
	public static final String REVIEW_ADMISSIBILITY = "Activity_ReviewAdmissibility";

	/** User task: the proposer revises a returned resolution. */
	public static final String REVISE = "Activity_ReviseResolution";

	/** User task: the EC chair writes the EC's position. */
	public static final String WRITE_EC_POSITION = "Activity_WriteEcPosition";

	/** Timer on collecting sponsors: the submission deadline has passed. */
	public static final String SUBMISSION_DEADLINE_PASSED = "Event_SubmissionDeadlinePassed";

	/** Timer after the booklet: voting opens. */
	public static final String VOTING_OPENS = "Event_VotingOpens";

	/** Waits for the booklet. */
	public static final String BOOKLET = "Event_BookletPublished";

	private GaResolutionProcess() {
	}

	static UUID resolutionId(VariableScope scope) {
		return UUID.fromString((String) scope.getVariable(RESOLUTION_ID));
	}

	static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return (value != null) ? value.toString() : null;
	}

}

package org.gavel.resolutions.process;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.gavel.approvals.model.Status;
import org.gavel.resolutions.model.Endorsement;
import org.gavel.system.engine.Variable;
import org.gavel.voting.model.BallotOutcome;

/**
 * The contract of {@code processes/ga-resolution.bpmn}: its key, how it starts, the
 * variables its steps share, the message and the elements' ids.
 */
public final class GaResolutionProcess {

	/** The process definition key. */
	public static final String KEY = "GaResolutionProcess";

	/** In: the resolution's id, also the business key. */
	public static final Variable<UUID> RESOLUTION_ID = Variable.id("resolutionId");

	/** In: the assembly's id. */
	public static final Variable<UUID> ASSEMBLY_ID = Variable.id("assemblyId");

	/** In: the proposer (username); submits and revises. */
	public static final Variable<String> PROPOSER = Variable.text("proposer");

	/** In: the submission deadline, for the timer. */
	public static final Variable<Instant> SUBMISSION_DEADLINE = Variable.instant("submissionDeadline");

	/**
	 * Set by the admissibility form: the last day to resubmit ({@code yyyy-MM-dd}); its
	 * listener reads it, sets {@link #RESUBMIT_BY}, the instant, for the timer, and
	 * removes it so that a later review never reads a stale day.
	 */
	public static final Variable<String> RESUBMIT_BY_DAY = Variable.text("resubmitBy");

	/** Set: the resubmission deadline of a returned resolution. */
	public static final Variable<Instant> RESUBMIT_BY = Variable.instant("resubmissionDeadline");

	/** Set by the admissibility form: {@code admit}, {@code return} or {@code reject}. */
	public static final Variable<String> DECISION = Variable.text("decision");

	/** Set by the admissibility form: the reasons. */
	public static final Variable<String> COMMENTS = Variable.text("comments");

	/** Set by the admissibility form: whether the EC is asked for its position. */
	public static final Variable<Boolean> ASK_EC_POSITION = Variable.flag("askEcPosition");

	/** Set from the EC approval: its id. */
	public static final Variable<UUID> EC_APPROVAL_ID = Variable.id("ecApprovalId");

	/** Set from the EC approval: APPROVED or REJECTED. */
	public static final Variable<Status> EC_DECISION = Variable.choice("ecDecision", Status.class);

	/** Set from the EC approval: the chair, who writes the position. */
	public static final Variable<String> EC_CHAIR = Variable.text("ecChair");

	/** Set when published: when voting opens, for the timer. */
	public static final Variable<Instant> VOTING_OPENS_AT = Variable.instant("votingOpensAt");

	/** Set when voting opens: the assembly's frozen roll. */
	public static final Variable<UUID> VOTE_ROLL_ID = Variable.id("voteRollId");

	/** Set from the ballot: its id. */
	public static final Variable<UUID> BALLOT_ID = Variable.id("ballotId");

	/** Set from the ballot: its outcome. */
	public static final Variable<BallotOutcome> OUTCOME = Variable.choice("outcome", BallotOutcome.class);

	/** Local variable of each endorsement task: the invited member. */
	public static final Variable<String> CO_SPONSOR = Variable.text("coSponsor");

	/** Set by the endorsement form: {@code endorse} or {@code decline}. */
	public static final Variable<Endorsement> ENDORSEMENT = Variable.option("endorsement", Endorsement.class);

	/** Set by the endorsement and EC position forms: what the member or the EC says. */
	public static final Variable<String> STATEMENT = Variable.text("statement");

	/**
	 * Set by the EC position form: {@code support}, {@code oppose} or {@code neutral}.
	 */
	public static final Variable<String> STANCE = Variable.text("stance");

	/** The revision form's fields. */
	public static final Variable<String> TITLE = Variable.text("title");

	public static final Variable<String> TYPE = Variable.text("type");

	public static final Variable<String> RATIONALE = Variable.text("rationale");

	public static final Variable<String> OPERATIVE_TEXT = Variable.text("operativeText");

	public static final Variable<String> CHANGE_NOTE = Variable.text("changeNote");

	/**
	 * The message the secretariat's publication of the booklet sends each admitted one.
	 */
	public static final String BOOKLET_PUBLISHED = "BookletPublished";

	/** Embedded sub-process: co-sponsors are collected until the proposer submits. */
	public static final String COLLECT_SPONSORS = "SubProcess_CollectSponsors";

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

	/** Call activity: the EC's approval of its position. */
	public static final String EC_POSITION = "Activity_EcPosition";

	/** Call activity: the vote. */
	public static final String VOTE = "Activity_Vote";

	/** Timer on collecting sponsors: the submission deadline has passed. */
	public static final String SUBMISSION_DEADLINE_PASSED = "Event_SubmissionDeadlinePassed";

	/** Timer on the revision: the resubmission deadline has passed. */
	public static final String RESUBMISSION_DEADLINE_PASSED = "Event_ResubmissionDeadlinePassed";

	/** Timer after the booklet: voting opens. */
	public static final String VOTING_OPENS = "Event_VotingOpens";

	/** Waits for the booklet. */
	public static final String BOOKLET = "Event_BookletPublished";

	private GaResolutionProcess() {
	}

	/**
	 * What a resolution's process starts with, in the transaction that stores its draft.
	 *
	 * @param resolution the resolution
	 * @param assembly its assembly
	 * @param proposer who proposes it
	 * @param submissionDeadline the assembly's submission deadline
	 */
	public record Input(UUID resolution, UUID assembly, String proposer, Instant submissionDeadline) {

		/**
		 * The variables to start the process with.
		 * @return the variables
		 */
		public Map<String, Object> variables() {
			Map<String, Object> variables = new HashMap<>();
			RESOLUTION_ID.put(variables, this.resolution);
			ASSEMBLY_ID.put(variables, this.assembly);
			PROPOSER.put(variables, this.proposer);
			SUBMISSION_DEADLINE.put(variables, this.submissionDeadline);
			return variables;
		}

	}

}

package org.gavel.approvals.process;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.gavel.approvals.model.Item;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.model.Status;
import org.gavel.system.engine.Variable;
import org.gavel.voting.model.BallotOutcome;

/**
 * The contract of {@code processes/ec-approval.bpmn}: its key, its typed input and
 * output, the variables its steps share, and its elements' ids. A caller starts or calls
 * it with an {@link Input} and reads its {@link Output}; a process that calls it maps
 * them in a {@code DelegateVariableMapping} of its own.
 */
public final class EcApprovalProcess {

	/** The process definition key; call it from another process with a call activity. */
	public static final String KEY = "EcApprovalProcess";

	/** In: the item type, e.g. {@code TERMS_OF_REFERENCE} or {@code POSITION}. */
	public static final Variable<ItemType> ITEM_TYPE = Variable.choice("itemType", ItemType.class);

	/** In: the item's title. */
	public static final Variable<String> TITLE = Variable.text("title");

	/** In: what the item refers to, e.g. {@code terms-of-reference:<id>}. */
	public static final Variable<String> SUBJECT = Variable.text("subject");

	/** In: the version of the item's document, from 1. */
	public static final Variable<Integer> VERSION = Variable.integer("version");

	/** In, optional: the submitting working group. */
	public static final Variable<String> WORKING_GROUP = Variable.text("workingGroup");

	/** In: who submits (username); they revise the item when it is returned. */
	public static final Variable<String> SUBMITTED_BY = Variable.text("submittedBy");

	/** In, optional: how many review rounds; the configured default if absent. */
	public static final Variable<Integer> MAX_ROUNDS = Variable.integer("maxRounds");

	/**
	 * In, optional: the member organisations the item concerns, separated by commas (a
	 * sanction's respondent, every organisation that applied for a grant award): their
	 * seat holders are recused from every round.
	 */
	public static final Variable<String> CONCERNS = Variable.text("concerns");

	/** In, optional: the form of the revision task; {@code ec-revision} if absent. */
	public static final Variable<String> REVISION_FORM = Variable.text("revisionForm");

	/** Out: the approval's id, also the instance's business key. */
	public static final Variable<UUID> APPROVAL_ID = Variable.id("approvalId");

	/** Out: the decision, APPROVED or REJECTED. */
	public static final Variable<Status> DECISION = Variable.choice("decision", Status.class);

	/** Out: the EC chair, who decides after a failed vote. */
	public static final Variable<String> CHAIR = Variable.text("chair");

	/** Set: the current round. */
	public static final Variable<Integer> ROUND = Variable.integer("round");

	/** Set: when the round's reminder is due, for the timer. */
	public static final Variable<Instant> REVIEW_REMINDER_AT = Variable.instant("reviewReminderAt");

	/** Set: when the round's reviews are due, for the timer. */
	public static final Variable<Instant> REVIEW_DUE_AT = Variable.instant("reviewDueAt");

	/** Set: whether the last round reached consensus. */
	public static final Variable<Boolean> CONSENSUS = Variable.flag("consensus");

	/** Set without consensus: the seat vote's roll (the frozen roll less the recused). */
	public static final Variable<UUID> VOTE_ROLL_ID = Variable.id("voteRollId");

	/** Set from the seat vote: its ballot. */
	public static final Variable<UUID> VOTE_BALLOT_ID = Variable.id("voteBallotId");

	/** Set from the seat vote: its outcome. */
	public static final Variable<BallotOutcome> VOTE_OUTCOME = Variable.choice("voteOutcome", BallotOutcome.class);

	/** Set by the message that closes a round early: who closed it. */
	public static final Variable<String> CLOSED_BY = Variable.text("closedBy");

	/** Set by the chair's form: {@code return} or {@code reject}. */
	public static final Variable<String> CHAIR_DECISION = Variable.text("chairDecision");

	/** Set by the chair's form: the reasons. */
	public static final Variable<String> CHAIR_COMMENTS = Variable.text("comments");

	/** Set by a reviewer's form: the response. */
	public static final Variable<String> RESPONSE = Variable.text("response");

	/** Set by a reviewer's form: the objection's reason or the conflict declared. */
	public static final Variable<String> REASON = Variable.text("reason");

	/** Set by the revision form: what changed. */
	public static final Variable<String> CHANGE_NOTE = Variable.text("changeNote");

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

	/** Timer on the reviews: remind those who have not responded. */
	public static final String REVIEW_REMINDER_DUE = "Event_ReviewReminderDue";

	/** Timer on the reviews: the due date has passed, the chair is alerted. */
	public static final String REVIEW_DEADLINE_PASSED = "Event_ReviewDeadlinePassed";

	private EcApprovalProcess() {
	}

	/**
	 * What an approval is started or called with.
	 *
	 * @param item the item
	 * @param maxRounds how many review rounds, or {@code null} for the configured default
	 * @param revisionForm the form of the revision task, or {@code null} for
	 * {@code ec-revision}
	 * @param concerns the member organisation the item concerns, whose seat holders are
	 * recused from it, or {@code null}
	 */
	public record Input(Item item, Integer maxRounds, String revisionForm, String concerns) {

		/**
		 * An item that concerns no member organisation in particular.
		 * @param item the item
		 * @param maxRounds how many review rounds, or {@code null} for the default
		 * @param revisionForm the revision task's form, or {@code null}
		 */
		public Input(Item item, Integer maxRounds, String revisionForm) {
			this(item, maxRounds, revisionForm, null);
		}

		/**
		 * Reads the input of a started instance, each refusal naming the variable.
		 * @param scope the instance's first execution
		 * @return the input
		 */
		public static Input of(VariableScope scope) {
			return new Input(
					new Item(ITEM_TYPE.optional(scope).orElse(null), TITLE.optional(scope).orElse(null),
							SUBJECT.optional(scope).orElse(null), VERSION.optional(scope).orElse(1),
							WORKING_GROUP.optional(scope).orElse(null), SUBMITTED_BY.optional(scope).orElse(null)),
					MAX_ROUNDS.optional(scope).orElse(null), REVISION_FORM.optional(scope).orElse(null),
					CONCERNS.optional(scope).orElse(null));
		}

		/**
		 * The variables to start the process with.
		 * @return the variables
		 */
		public Map<String, Object> variables() {
			Map<String, Object> variables = new HashMap<>();
			writeTo(variables);
			return variables;
		}

		/**
		 * Puts the input into variables to start or call the process with.
		 * @param variables the variables
		 */
		public void writeTo(Map<String, Object> variables) {
			ITEM_TYPE.put(variables, this.item.type());
			TITLE.put(variables, this.item.title());
			SUBJECT.put(variables, this.item.subject());
			VERSION.put(variables, this.item.version());
			WORKING_GROUP.put(variables, this.item.workingGroup());
			SUBMITTED_BY.put(variables, this.item.submittedBy());
			MAX_ROUNDS.put(variables, this.maxRounds);
			REVISION_FORM.put(variables, this.revisionForm);
			CONCERNS.put(variables, this.concerns);
		}

	}

	/**
	 * What an approval gives back to its caller when it ends.
	 *
	 * @param approvalId the approval
	 * @param decision APPROVED or REJECTED
	 * @param chair the EC chair of the item, or {@code null}
	 */
	public record Output(UUID approvalId, Status decision, String chair) {

		/**
		 * Reads the output of an ended instance.
		 * @param scope the called instance
		 * @return the output
		 */
		public static Output of(VariableScope scope) {
			return new Output(APPROVAL_ID.from(scope), DECISION.from(scope), CHAIR.optional(scope).orElse(null));
		}

	}

}

package org.gavel.voting.process;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.gavel.system.engine.Variable;
import org.gavel.voting.OpeningBallot;
import org.gavel.voting.model.BallotOutcome;

/**
 * The contract of {@code processes/ballot.bpmn}: its key, its typed input and output, the
 * variables it sets, and its elements' ids. A caller starts or calls it with an
 * {@link Input} and reads its {@link Output}; a process that calls it maps them in a
 * {@code DelegateVariableMapping} of its own (see {@code SeatVoteMapping}).
 */
public final class BallotProcess {

	/** The process definition key; call it from another process with a call activity. */
	public static final String KEY = "BallotProcess";

	/** In: what is voted on. */
	public static final Variable<String> TITLE = Variable.text("title");

	/** In: the rule set's name. */
	public static final Variable<String> RULE_SET = Variable.text("ruleSet");

	/** In, optional: the rule set's version; the latest when absent. */
	public static final Variable<Integer> RULE_SET_VERSION = Variable.integer("ruleSetVersion");

	/** In: the electoral roll's id. */
	public static final Variable<UUID> ROLL_ID = Variable.id("rollId");

	/** In: when voting opens. */
	public static final Variable<Instant> OPENS_AT = Variable.instant("opensAt");

	/** In: when the online window closes. */
	public static final Variable<Instant> CLOSES_AT = Variable.instant("closesAt");

	/** In: the time zone of the deadlines, e.g. {@code Asia/Singapore}. */
	public static final Variable<ZoneId> TIME_ZONE = Variable.zone("timeZone");

	/** In, optional: whether an in-room session follows the online window. */
	public static final Variable<Boolean> IN_ROOM_SESSION = Variable.flag("inRoomSession");

	/** Whether the ballot records a vote already held on paper. */
	public static final Variable<Boolean> HELD_ON_PAPER = Variable.flag("heldOnPaper");

	/** The question or text voted on, when the ballot's subject does not show it. */
	public static final Variable<String> QUESTION = Variable.text("question");

	/**
	 * In, optional: a ballot between options, its options one a line, in their order;
	 * absent for a motion.
	 */
	public static final Variable<String> OPTIONS = Variable.text("options");

	/** In, optional: the meeting the ballot is voted in. */
	public static final Variable<UUID> MEETING_ID = Variable.id("meetingId");

	/** In: who opens the ballot (username, or the opening process's name). */
	public static final Variable<String> OPENED_BY = Variable.text("openedBy");

	/**
	 * In, optional: how long before the close non-voters are reminded;
	 * {@code gavel.voting.reminder-before} when absent.
	 */
	public static final Variable<Duration> REMINDER_BEFORE = Variable.duration("reminderBefore");

	/**
	 * In, optional: {@code false} when the calling process mails the result itself (a
	 * resolution's result carries its certificate); the ballot mails it otherwise.
	 */
	public static final Variable<Boolean> NOTIFY_RESULT = Variable.flag("notifyResult");

	/** Out: the ballot's id, also the instance's business key. */
	public static final Variable<UUID> BALLOT_ID = Variable.id("ballotId");

	/** Out: the outcome once counted. */
	public static final Variable<BallotOutcome> OUTCOME = Variable.choice("outcome", BallotOutcome.class);

	/** Set: whether a reminder is due before the close. */
	public static final Variable<Boolean> REMIND = Variable.flag("remind");

	/** Set: when the reminder goes out, for the timer. */
	public static final Variable<Instant> REMINDER_AT = Variable.instant("reminderAt");

	/** Set: when the online window closes, for the timer. */
	public static final Variable<Instant> CLOSE_AT = Variable.instant("closeAt");

	/** Set: how many members were reminded, or told the result. */
	public static final Variable<Integer> REMINDED = Variable.integer("reminded");

	public static final Variable<Integer> NOTIFIED = Variable.integer("notified");

	/** Set by a sign-off: the scrutineer's remark, if any. */
	public static final Variable<String> REMARK = Variable.text("remark");

	/** User task: the secretariat enters in-room tallies, then completes it. */
	public static final String ENTER_IN_ROOM_TALLIES = "Activity_EnterInRoomTallies";

	/** User task, twice in parallel: a scrutineer signs the result off. */
	public static final String SIGN_OFF = "Activity_SignOffResult";

	/** Timer: the online window closes. */
	public static final String VOTING_CLOSES = "Event_VotingCloses";

	/** Timer: the reminder is due. */
	public static final String REMINDER_DUE = "Event_ReminderDue";

	private BallotProcess() {
	}

	/**
	 * What a ballot is started or called with.
	 *
	 * @param ballot the ballot to open
	 * @param reminderBefore how long before the close to remind, or {@code null} for the
	 * default
	 * @param notifyResult whether the ballot mails its result to the roll
	 */
	public record Input(OpeningBallot.OpenBallot ballot, Duration reminderBefore, boolean notifyResult) {

		/**
		 * Reads the input of a started instance, each refusal naming the variable.
		 * @param scope the instance's first execution
		 * @return the input
		 */
		public static Input of(VariableScope scope) {
			return new Input(
					new OpeningBallot.OpenBallot(TITLE.optional(scope).orElse(null),
							RULE_SET.optional(scope).orElse(null), RULE_SET_VERSION.optional(scope).orElse(null),
							ROLL_ID.from(scope), OPENS_AT.from(scope), CLOSES_AT.from(scope), TIME_ZONE.from(scope),
							IN_ROOM_SESSION.optional(scope).orElse(false), HELD_ON_PAPER.optional(scope).orElse(false),
							OPENED_BY.optional(scope).orElse(null), QUESTION.optional(scope).orElse(null),
							MEETING_ID.optional(scope).orElse(null),
							OPTIONS.optional(scope).map((options) -> options.lines().toList()).orElse(List.of())),
					REMINDER_BEFORE.optional(scope).orElse(null), NOTIFY_RESULT.optional(scope).orElse(true));
		}

		/**
		 * The variables to start or call the process with.
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
			TITLE.put(variables, this.ballot.title());
			RULE_SET.put(variables, this.ballot.ruleSet());
			RULE_SET_VERSION.put(variables, this.ballot.ruleSetVersion());
			ROLL_ID.put(variables, this.ballot.rollId());
			OPENS_AT.put(variables, this.ballot.opensAt());
			CLOSES_AT.put(variables, this.ballot.closesAt());
			TIME_ZONE.put(variables, this.ballot.zone());
			IN_ROOM_SESSION.put(variables, this.ballot.inRoomSession());
			HELD_ON_PAPER.put(variables, this.ballot.heldOnPaper());
			QUESTION.put(variables, this.ballot.question());
			MEETING_ID.put(variables, this.ballot.meetingId());
			OPTIONS.put(variables, this.ballot.options().isEmpty() ? null : String.join("\n", this.ballot.options()));
			OPENED_BY.put(variables, this.ballot.openedBy());
			REMINDER_BEFORE.put(variables, this.reminderBefore);
			NOTIFY_RESULT.put(variables, this.notifyResult);
		}

	}

	/**
	 * What a ballot gives back to its caller when it ends.
	 *
	 * @param ballotId the ballot
	 * @param outcome its counted outcome
	 */
	public record Output(UUID ballotId, BallotOutcome outcome) {

		/**
		 * Reads the output of an ended instance.
		 * @param scope the called instance
		 * @return the output
		 */
		public static Output of(VariableScope scope) {
			return new Output(BALLOT_ID.from(scope), OUTCOME.from(scope));
		}

	}

}

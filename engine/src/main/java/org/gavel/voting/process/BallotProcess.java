package org.gavel.voting.process;

/**
 * The names {@code processes/ballot.bpmn} and its callers share: the process key, the
 * variables a caller passes in, those the process sets, and the user tasks' ids.
 */
public final class BallotProcess {

	/** The process definition key; call it from another process with a call activity. */
	public static final String KEY = "BallotProcess";

	/** In: what is voted on (string). */
	public static final String TITLE = "title";

	/** In: the rule set's name (string). */
	public static final String RULE_SET = "ruleSet";

	/** In, optional: the rule set's version (integer); the latest when absent. */
	public static final String RULE_SET_VERSION = "ruleSetVersion";

	/** In: the electoral roll's id (string). */
	public static final String ROLL_ID = "rollId";

	/** In: when voting opens (ISO-8601 instant, string). */
	public static final String OPENS_AT = "opensAt";

	/** In: when the online window closes (ISO-8601 instant, string). */
	public static final String CLOSES_AT = "closesAt";

	/** In: the time zone of the deadlines, e.g. {@code Asia/Singapore}. */
	public static final String TIME_ZONE = "timeZone";

	/** In, optional: whether an in-room session follows the online window (boolean). */
	public static final String IN_ROOM_SESSION = "inRoomSession";

	/** In: who opens the ballot (username). */
	public static final String OPENED_BY = "openedBy";

	/**
	 * In, optional: how long before the close non-voters are reminded (ISO-8601
	 * duration); {@code gavel.voting.reminder-before} when absent.
	 */
	public static final String REMINDER_BEFORE = "reminderBefore";

	/**
	 * In, optional: {@code false} when the calling process mails the result itself (a
	 * resolution's result carries its certificate); the ballot mails it otherwise.
	 */
	public static final String NOTIFY_RESULT = "notifyResult";

	/** Set: the ballot's id (string), also the instance's business key. */
	public static final String BALLOT_ID = "ballotId";

	/** Set: whether a reminder is due before the close. */
	public static final String REMIND = "remind";

	/** Set: when the reminder goes out (date). */
	public static final String REMINDER_AT = "reminderAt";

	/** Set: when the online window closes (date), for the timer. */
	public static final String CLOSE_AT = "closeAt";

	/** Set: the outcome once counted (ADOPTED, REJECTED, NO_QUORUM, TIE). */
	public static final String OUTCOME = "outcome";

	/** Set by a sign-off: the scrutineer's remark, if any. */
	public static final String REMARK = "remark";

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
	 * The ballot an instance runs.
	 * @param scope an execution or a task of the instance
	 * @return the ballot's id
	 */
	static java.util.UUID ballotId(org.camunda.bpm.engine.delegate.VariableScope scope) {
		return java.util.UUID.fromString((String) scope.getVariable(BALLOT_ID));
	}

}

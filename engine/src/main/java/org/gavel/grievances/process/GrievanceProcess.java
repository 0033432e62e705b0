package org.gavel.grievances.process;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.gavel.approvals.model.Status;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Complaint;
import org.gavel.grievances.model.Completeness;
import org.gavel.grievances.model.EngagementResult;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.RespondentKind;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.model.Triage;
import org.gavel.grievances.model.TriageDecision;
import org.gavel.system.engine.InputRefusedException;
import org.gavel.system.engine.Variable;
import org.gavel.voting.model.BallotOutcome;

/**
 * The contract of {@code grievance.bpmn}: its key, the element ids pages and tests need,
 * and its variables. The business key is the case number; no variable names the
 * complainant or holds their contact, so nobody reading the process learns them.
 */
public final class GrievanceProcess {

	public static final String KEY = "GrievanceProcess";

	public static final Variable<String> CASE_NUMBER = Variable.text("caseNumber");

	public static final Variable<Instant> ACKNOWLEDGE_BY = Variable.instant("acknowledgeBy");

	/** When the secretariat is reminded of an unacknowledged grievance. */
	public static final Variable<Instant> ACKNOWLEDGE_REMINDER_AT = Variable.instant("acknowledgeReminderAt");

	/** The triage table's inputs ({@code grievance-triage.dmn}). */
	public static final Variable<RespondentKind> RESPONDENT_KIND = Variable.option("respondentKind",
			RespondentKind.class);

	public static final Variable<String> AFFECTED = Variable.text("affected");

	public static final Variable<String> CATEGORY = Variable.text("category");

	public static final Variable<String> EXHAUSTION = Variable.text("exhaustion");

	/** Whether the completeness check found the grievance complete. */
	public static final Variable<Boolean> COMPLETE = Variable.flag("complete");

	public static final Variable<Instant> COMPLETE_BY = Variable.instant("completeBy");

	/**
	 * The stage the reviewed triage routes to: panel, bilateral, referred, inadmissible.
	 */
	public static final Variable<Stage> ROUTE = Variable.option("route", Stage.class);

	/** The triage table's single result: admissibility, risk and reason. */
	public static final Variable<Triage> TRIAGE = Variable.decision("triage",
			(result) -> Triage
				.of(text(result.get("admissibility")), text(result.get("risk")), text(result.get("reason")))
				.orElseThrow(InputRefusedException::new));

	public static final Variable<String> NOTE = Variable.text("note");

	public static final Variable<Completeness> COMPLETENESS = Variable.option("completeness", Completeness.class);

	public static final Variable<String> MISSING = Variable.text("missing");

	public static final Variable<TriageDecision> DECISION = Variable.option("decision", TriageDecision.class);

	public static final Variable<String> ADMISSIBILITY = Variable.text("admissibility");

	public static final Variable<String> RISK = Variable.text("risk");

	public static final Variable<String> REASON = Variable.text("reason");

	public static final Variable<String> WITHDRAWAL_REASON = Variable.text("withdrawalReason");

	/** When the parties of a bilateral engagement are asked how it goes. */
	public static final Variable<Instant> CHECK_IN_AT = Variable.instant("checkInAt");

	/** When a bilateral engagement must have resolved the grievance. */
	public static final Variable<Instant> ENGAGEMENT_DUE_BY = Variable.instant("engagementDueBy");

	/** Whether the engagement resolved the grievance, as the secretariat found. */
	public static final Variable<Boolean> RESOLVED = Variable.flag("resolved");

	public static final Variable<EngagementResult> ENGAGEMENT = Variable.option("engagement", EngagementResult.class);

	public static final Variable<String> OUTCOME = Variable.text("outcome");

	/** The panel's members, as the decision task's candidates (comma-separated). */
	public static final Variable<String> PANEL = Variable.text("panel");

	/** Who may reply for the respondent, as the reply task's candidates. */
	public static final Variable<String> REPLY_FROM = Variable.text("replyFrom");

	public static final Variable<Instant> REPLY_REMINDER_AT = Variable.instant("replyReminderAt");

	public static final Variable<Instant> REPLY_BY = Variable.instant("replyBy");

	/** The end of the second notice, after which the panel decides without a reply. */
	public static final Variable<Instant> FINAL_REPLY_BY = Variable.instant("finalReplyBy");

	public static final Variable<Instant> DECIDE_BY = Variable.instant("decideBy");

	/** The panel member who recorded the decision. */
	public static final Variable<String> DECIDED_BY = Variable.text("decidedBy");

	/** The fields of the panel's forms. */
	public static final Variable<String> PANEL_MEMBERS = Variable.text("panelMembers");

	public static final Variable<String> EXTERNAL_EXPERT = Variable.text("externalExpert");

	public static final Variable<String> REPLY = Variable.text("reply");

	public static final Variable<String> FINDING = Variable.text("finding");

	public static final Variable<String> SUMMARY = Variable.text("summary");

	public static final Variable<String> CORRECTIVE_ACTIONS = Variable.text("correctiveActions");

	public static final Variable<Boolean> WITHHOLD_RESPONDENT = Variable.flag("withholdRespondent");

	/**
	 * Set by the decision forms: the sanction, {@code none}, {@code warning},
	 * {@code suspension} or {@code termination}.
	 */
	public static final Variable<String> SANCTION = Variable.text("sanction");

	/**
	 * The decision form's answer: {@code consensus}, or {@code vote} to put it to one.
	 */
	public static final Variable<String> CONSENSUS = Variable.text("consensus");

	/** Whether the panel, without consensus, puts its decision to a vote. */
	public static final Variable<Boolean> PANEL_VOTE = Variable.flag("panelVote");

	/** The roll of the panel's vote: its members. */
	public static final Variable<UUID> PANEL_ROLL_ID = Variable.id("panelRollId");

	public static final Variable<UUID> PANEL_BALLOT_ID = Variable.id("panelBallotId");

	public static final Variable<BallotOutcome> PANEL_VOTE_OUTCOME = Variable.choice("panelVoteOutcome",
			BallotOutcome.class);

	/** Whether the panel's vote adopted the decision it proposed. */
	public static final Variable<Boolean> ADOPTED = Variable.flag("adopted");

	/** When the appeal window closes, after which the decision is final. */
	public static final Variable<Instant> APPEAL_BY = Variable.instant("appealBy");

	/**
	 * The appeal panel's members, as the appeal decision's candidates (comma-separated).
	 */
	public static final Variable<String> APPEAL_PANEL = Variable.text("appealPanel");

	public static final Variable<Instant> APPEAL_DECIDE_BY = Variable.instant("appealDecideBy");

	/** The appeal panel member who recorded its decision. */
	public static final Variable<String> APPEAL_DECIDED_BY = Variable.text("appealDecidedBy");

	/** The fields of the appeal panel's decision. */
	public static final Variable<String> RESULT = Variable.text("result");

	public static final Variable<String> REASONS = Variable.text("reasons");

	/** Whether the final decision has corrective actions to monitor. */
	public static final Variable<Boolean> MONITOR = Variable.flag("monitor");

	/** The end of the last corrective action's due day. */
	public static final Variable<Instant> ACTIONS_DUE_BY = Variable.instant("actionsDueBy");

	public static final Variable<Instant> ACTIONS_REMINDER_AT = Variable.instant("actionsReminderAt");

	/**
	 * Set by "Make the decision final": whether a suspension or termination goes to the
	 * EC.
	 */
	public static final Variable<Boolean> SANCTION_TO_EC = Variable.flag("sanctionToEc");

	/** Set from the EC's approval of the sanction: the approval. */
	public static final Variable<UUID> SANCTION_APPROVAL_ID = Variable.id("sanctionApprovalId");

	/** Set from the EC's approval of the sanction: APPROVED or REJECTED. */
	public static final Variable<Status> SANCTION_DECISION = Variable.choice("sanctionDecision", Status.class);

	public static final String ACKNOWLEDGE = "Activity_Acknowledge";

	public static final String CHECK_COMPLETENESS = "Activity_CheckCompleteness";

	public static final String REVIEW_TRIAGE = "Activity_ReviewTriage";

	public static final String MONITOR_ENGAGEMENT = "Activity_MonitorEngagement";

	public static final String FORM_PANEL = "Activity_FormPanel";

	public static final String AWAIT_REPLY = "Activity_AwaitReply";

	public static final String DECIDE = "Activity_Decide";

	public static final String PANEL_VOTE_STEP = "Activity_PanelVote";

	public static final String FORM_APPEAL_PANEL = "Activity_FormAppealPanel";

	public static final String DECIDE_APPEAL = "Activity_DecideAppeal";

	public static final String MONITOR_ACTIONS = "Activity_MonitorActions";

	/**
	 * The EC's decision on a suspension or termination (call activity of
	 * EcApprovalProcess).
	 */
	public static final String EC_SANCTION = "Activity_EcSanction";

	public static final String APPEAL_WINDOW_CLOSES = "Event_AppealWindowCloses";

	public static final String APPEAL_DECISION_OVERDUE = "Event_AppealDecisionOverdue";

	public static final String ACTIONS_REMINDER_DUE = "Event_ActionsReminderDue";

	public static final String ACTIONS_OVERDUE = "Event_ActionsOverdue";

	public static final String REPLY_REMINDER_DUE = "Event_ReplyReminderDue";

	public static final String REPLY_OVERDUE = "Event_ReplyOverdue";

	public static final String REPLY_LAPSED = "Event_ReplyLapsed";

	public static final String DECISION_OVERDUE = "Event_DecisionOverdue";

	public static final String CHECK_IN_DUE = "Event_CheckInDue";

	public static final String ENGAGEMENT_DEADLINE = "Event_EngagementDeadline";

	public static final String ACKNOWLEDGEMENT_OVERDUE = "Event_AcknowledgementOverdue";

	public static final String ACKNOWLEDGEMENT_REMINDER_DUE = "Event_AcknowledgementReminderDue";

	public static final String COMPLETION_DEADLINE = "Event_CompletionDeadline";

	/** The message the complainant's completion sends. */
	public static final String INFORMATION_COMPLETED = "GrievanceCompleted";

	/** The message a party's appeal sends. */
	public static final String APPEAL_LODGED = "GrievanceAppealed";

	/** The message the complainant's withdrawal sends. */
	public static final String WITHDRAWAL_REQUESTED = "GrievanceWithdrawn";

	private GrievanceProcess() {
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	/**
	 * The case number of the instance a step runs in.
	 * @param scope the execution or task
	 * @return the case number
	 */
	public static CaseNumber caseNumber(VariableScope scope) {
		return CaseNumber.parse(CASE_NUMBER.from(scope))
			.orElseThrow(() -> new IllegalStateException("not a case number: " + CASE_NUMBER.from(scope)));
	}

	/**
	 * The variables a new instance starts with.
	 * @param grievance the case just filed
	 * @param reminderAt when the secretariat is reminded to acknowledge it
	 * @return the variables
	 */
	public static Map<String, Object> startingWith(Grievance grievance, Instant reminderAt) {
		Complaint complaint = grievance.complaint();
		Map<String, Object> variables = new HashMap<>();
		CASE_NUMBER.put(variables, grievance.number().toString());
		ACKNOWLEDGE_BY.put(variables, grievance.acknowledgeBy());
		ACKNOWLEDGE_REMINDER_AT.put(variables, reminderAt);
		RESPONDENT_KIND.put(variables, complaint.respondentKind());
		AFFECTED.put(variables, complaint.affected().value());
		CATEGORY.put(variables, complaint.category().value());
		EXHAUSTION.put(variables, complaint.exhaustion().value());
		return variables;
	}

}

package org.gavel.grievances.process;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.gavel.ScenarioEngine;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.model.Status;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.grievances.model.Affected;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Complaint;
import org.gavel.grievances.model.Completeness;
import org.gavel.grievances.model.EngagementResult;
import org.gavel.grievances.model.Exhaustion;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.GrievanceCategory;
import org.gavel.grievances.model.Triage;
import org.gavel.grievances.model.TriageDecision;
import org.gavel.voting.model.BallotOutcome;
import org.gavel.voting.process.BallotProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gavel.ScenarioEngine.formOf;
import static org.gavel.ScenarioEngine.runDueJobsAt;

/**
 * Scenarios of {@code processes/grievance.bpmn} on the in-memory engine: the BPMN and the
 * triage decision table are the real ones, every step and listener a stub registered
 * under the bean name the BPMN uses. The stubs set what the real ones set
 * (completenessListener: complete; returnIncompleteStep: completeBy;
 * reviewTriageListener: route, from the table's proposal or the override) and write what
 * ran into {@link #ran}. Timers run by moving the engine's clock, never by waiting.
 *
 * <p>
 * Coverage: the acknowledgement with its due date, its non-interrupting reminder
 * ({@code Event_AcknowledgementReminderDue} to {@code Activity_RemindAcknowledgement})
 * and deadline ({@code Event_AcknowledgementOverdue} to {@code Activity_AlertOverdue});
 * both ways out of {@code Gateway_Complete}; the event-based wait for the complainant
 * ({@code Event_InformationCompleted} back to the check, {@code Event_CompletionDeadline}
 * to {@code Activity_CloseIncomplete}); the triage table and every outgoing flow of
 * {@code Gateway_Route}; the override; the withdrawal event subprocess at each wait
 * state; bilateral engagement resolved, not resolved, checked in on and lapsed; the panel
 * formed (from the route and from a failed engagement), the respondent's reply task for
 * its representatives with its reminder, second notice and lapse
 * ({@code Event_ReplyReminderDue}, {@code Event_ReplyOverdue},
 * {@code Event_ReplyLapsed}), both ways into {@code Gateway_ToDecision}, the decision
 * with its overdue alert ({@code Event_DecisionOverdue}); its publication and appeal
 * window ({@code Event_AppealWindowCloses}, {@code Event_AppealLodged}), the appeal
 * panel's formation and decision, confirmed and overturned, with its overdue alert
 * ({@code Event_AppealDecisionOverdue}); both ways out of {@code Gateway_Monitor}, the
 * monitoring of corrective actions with its reminder ({@code Event_ActionsReminderDue})
 * and breach ({@code Event_ActionsOverdue}), and both closes; both ways out of
 * {@code Gateway_Sanction}, the EC's approval of a suspension or termination
 * ({@code Activity_EcSanction} on a stub EcApprovalProcess) approved and rejected.
 */
@Deployment(resources = { "processes/grievance.bpmn", "processes/grievance-triage.dmn" })
class GrievanceProcessScenarioTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ScenarioEngine.extension();

	/** A Friday afternoon in the secretariat's zone (UTC here). */
	static final Instant FILED = Instant.parse("2027-03-05T15:00:00Z");

	/** Ten working days later: the end of Friday 19 March. */
	static final Instant ACKNOWLEDGE_BY = Instant.parse("2027-03-20T00:00:00Z");

	/** Two working days before: the end of Wednesday 17 March. */
	static final Instant REMIND_AT = Instant.parse("2027-03-18T00:00:00Z");

	static final Duration COMPLETE_WITHIN = Duration.ofDays(28);

	static final Duration CHECK_IN_AFTER = Duration.ofDays(21);

	static final Duration ENGAGEMENT_WITHIN = Duration.ofDays(42);

	static final Duration REMIND_RESPONDENT_AFTER = Duration.ofDays(21);

	static final Duration REPLY_WITHIN = Duration.ofDays(28);

	static final Duration SECOND_NOTICE = Duration.ofDays(7);

	static final Duration DECIDE_WITHIN = Duration.ofDays(28);

	static final Duration APPEAL_WITHIN = Duration.ofDays(28);

	static final Duration APPEAL_DECIDE_WITHIN = Duration.ofDays(28);

	/** When the stubbed decision's corrective actions are due, and their reminder. */
	static final Instant ACTIONS_DUE_BY = Instant.parse("2027-10-01T00:00:00Z");

	static final Instant ACTIONS_REMINDER_AT = Instant.parse("2027-09-24T00:00:00Z");

	static final CaseNumber NUMBER = new CaseNumber(2027, 7);

	static final UUID PANEL_ROLL = UUID.fromString("00000000-0000-0000-0000-00000000f001");

	/** The stub ballot's one step, completed with the outcome to return. */
	static final String STUB_COUNT = "Task_StubCount";

	/** The stub EC approval's one step, completed with the EC's decision to return. */
	static final String STUB_EC_DECISION = "Task_StubEcDecision";

	static final UUID SANCTION_APPROVAL = UUID.fromString("00000000-0000-0000-0000-00000000ec01");

	ProcessEngine engine;

	final List<String> ran = new ArrayList<>();

	/** Whether the decision in force, as the stubs decided it, has corrective actions. */
	boolean withActions;

	/** Whether the decision in force, as the stubs decided it, suspends or terminates. */
	boolean sanctionToEc;

	String stubDeployment;

	@BeforeEach
	void stubTheSteps() {
		ClockUtil.setCurrentTime(Date.from(FILED));
		this.stubDeployment = this.engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("stub-ballot.bpmn",
					ScenarioEngine.stub(BallotProcess.KEY, STUB_COUNT, "Stub: count the ballot"))
			.addModelInstance("stub-ec-approval.bpmn",
					ScenarioEngine.stub(EcApprovalProcess.KEY, STUB_EC_DECISION, "Stub: the EC decides"))
			.deploy()
			.getId();
		Mocks.register("acknowledgeListener", (TaskListener) (task) -> this.ran
			.add("acknowledged by " + task.getAssignee() + ": " + GrievanceProcess.NOTE.optional(task).orElse("")));
		Mocks.register("alertOverdueStep", (JavaDelegate) (execution) -> this.ran.add("secretariat alerted"));
		Mocks.register("remindAcknowledgementStep", (JavaDelegate) (execution) -> this.ran.add("secretariat reminded"));
		Mocks.register("completenessListener", (TaskListener) (task) -> {
			boolean complete = GrievanceProcess.COMPLETENESS.from(task) == Completeness.COMPLETE;
			this.ran.add(complete ? "complete" : "incomplete: " + GrievanceProcess.MISSING.from(task));
			GrievanceProcess.COMPLETE.set(task.getExecution().getProcessInstance(), complete);
		});
		Mocks.register("returnIncompleteStep", (JavaDelegate) (execution) -> {
			this.ran.add("returned");
			GrievanceProcess.COMPLETE_BY.set(execution, ClockUtil.getCurrentTime().toInstant().plus(COMPLETE_WITHIN));
		});
		Mocks.register("closeIncompleteStep", (JavaDelegate) (execution) -> this.ran.add("closed as incomplete"));
		Mocks.register("recordTriageStep",
				(JavaDelegate) (execution) -> this.ran.add("triaged " + RecordTriageStep.proposed(execution).route()));
		Mocks.register("reviewTriageListener", (TaskListener) (task) -> {
			Triage triage = (GrievanceProcess.DECISION.from(task) == TriageDecision.OVERRIDE)
					? Triage
						.overridden(GrievanceProcess.ADMISSIBILITY.from(task), GrievanceProcess.RISK.from(task),
								GrievanceProcess.REASON.from(task))
						.orElseThrow()
					: RecordTriageStep.proposed(task);
			this.ran.add("routed " + triage.route());
			GrievanceProcess.ROUTE.set(task.getExecution().getProcessInstance(), triage.route());
		});
		Mocks.register("startEngagementStep", (JavaDelegate) (execution) -> {
			this.ran.add("engagement opened");
			Instant now = ClockUtil.getCurrentTime().toInstant();
			GrievanceProcess.CHECK_IN_AT.set(execution, now.plus(CHECK_IN_AFTER));
			GrievanceProcess.ENGAGEMENT_DUE_BY.set(execution, now.plus(ENGAGEMENT_WITHIN));
		});
		Mocks.register("checkInStep", (JavaDelegate) (execution) -> this.ran.add("checked in"));
		Mocks.register("engagementOutcomeListener", (TaskListener) (task) -> {
			boolean resolved = GrievanceProcess.ENGAGEMENT.from(task) == EngagementResult.RESOLVED;
			this.ran.add(resolved ? "resolved: " + GrievanceProcess.OUTCOME.from(task) : "not resolved");
			GrievanceProcess.RESOLVED.set(task.getExecution().getProcessInstance(), resolved);
		});
		Mocks.register("closeResolvedStep", (JavaDelegate) (execution) -> this.ran.add("closed"));
		Mocks.register("escalateToPanelStep", (JavaDelegate) (execution) -> this.ran.add("to the panel"));
		Mocks.register("panelFormationListener", (TaskListener) (task) -> {
			String members = GrievanceProcess.PANEL_MEMBERS.from(task).replace(" ", "");
			this.ran.add("panel " + members + " with " + GrievanceProcess.EXTERNAL_EXPERT.from(task));
			GrievanceProcess.PANEL.set(task.getExecution().getProcessInstance(), members);
		});
		Mocks.register("notifyRespondentStep", (JavaDelegate) (execution) -> {
			this.ran.add("respondent asked");
			Instant now = ClockUtil.getCurrentTime().toInstant();
			GrievanceProcess.REPLY_REMINDER_AT.set(execution, now.plus(REMIND_RESPONDENT_AFTER));
			GrievanceProcess.REPLY_BY.set(execution, now.plus(REPLY_WITHIN));
			GrievanceProcess.FINAL_REPLY_BY.set(execution, now.plus(REPLY_WITHIN).plus(SECOND_NOTICE));
			GrievanceProcess.REPLY_FROM.set(execution, "olivia,nora");
		});
		Mocks.register("remindRespondentStep", (JavaDelegate) (execution) -> this.ran.add("respondent reminded"));
		Mocks.register("secondNoticeStep", (JavaDelegate) (execution) -> this.ran.add("second notice"));
		Mocks.register("replyLapsedStep", (JavaDelegate) (execution) -> {
			this.ran.add("no reply");
			GrievanceProcess.DECIDE_BY.set(execution, ClockUtil.getCurrentTime().toInstant().plus(DECIDE_WITHIN));
		});
		Mocks.register("replyListener", (TaskListener) (task) -> {
			this.ran.add("replied by " + task.getAssignee() + ": " + GrievanceProcess.REPLY.from(task));
			GrievanceProcess.DECIDE_BY.set(task.getExecution().getProcessInstance(),
					ClockUtil.getCurrentTime().toInstant().plus(DECIDE_WITHIN));
		});
		Mocks.register("panelDecisionListener", (TaskListener) (task) -> {
			if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
				return;
			}
			this.ran.add("decided by " + task.getAssignee() + ": " + GrievanceProcess.FINDING.from(task));
			this.withActions = !GrievanceProcess.CORRECTIVE_ACTIONS.optional(task).orElse("").isBlank();
			this.sanctionToEc = GrievanceProcess.SANCTION.optional(task)
				.filter((s) -> s.equals("suspension") || s.equals("termination"))
				.isPresent();
			boolean vote = GrievanceProcess.CONSENSUS.optional(task).filter("vote"::equals).isPresent();
			GrievanceProcess.DECIDED_BY.set(task.getExecution().getProcessInstance(), task.getAssignee());
			GrievanceProcess.PANEL_VOTE.set(task.getExecution().getProcessInstance(), vote);
			if (vote) {
				GrievanceProcess.PANEL_ROLL_ID.set(task.getExecution().getProcessInstance(), PANEL_ROLL);
			}
		});
		Mocks.register("panelVoteMapping", new PanelVote());
		Mocks.register("recordPanelVoteStep", (JavaDelegate) (execution) -> {
			BallotOutcome outcome = GrievanceProcess.PANEL_VOTE_OUTCOME.from(execution);
			this.ran.add("panel vote " + outcome);
			GrievanceProcess.ADOPTED.set(execution, outcome == BallotOutcome.ADOPTED);
		});
		Mocks.register("publishPanelDecisionStep", (JavaDelegate) (execution) -> {
			this.ran.add("published, decided by " + GrievanceProcess.DECIDED_BY.from(execution));
			GrievanceProcess.APPEAL_BY.set(execution, ClockUtil.getCurrentTime().toInstant().plus(APPEAL_WITHIN));
		});
		Mocks.register("appealPanelFormationListener", (TaskListener) (task) -> {
			String members = GrievanceProcess.PANEL_MEMBERS.from(task).replace(" ", "");
			this.ran.add("appeal panel " + members);
			GrievanceProcess.APPEAL_PANEL.set(task.getExecution().getProcessInstance(), members);
			GrievanceProcess.APPEAL_DECIDE_BY.set(task.getExecution().getProcessInstance(),
					ClockUtil.getCurrentTime().toInstant().plus(APPEAL_DECIDE_WITHIN));
		});
		Mocks.register("appealDecisionListener", (TaskListener) (task) -> {
			String result = GrievanceProcess.RESULT.from(task);
			this.ran.add("appeal " + result + " by " + task.getAssignee());
			if (result.equals("overturned")) {
				this.withActions = !GrievanceProcess.CORRECTIVE_ACTIONS.optional(task).orElse("").isBlank();
			}
		});
		Mocks.register("finaliseDecisionStep", (JavaDelegate) (execution) -> {
			this.ran.add("final");
			GrievanceProcess.MONITOR.set(execution, this.withActions);
			GrievanceProcess.SANCTION_TO_EC.set(execution, this.sanctionToEc);
			if (this.withActions) {
				GrievanceProcess.ACTIONS_DUE_BY.set(execution, ACTIONS_DUE_BY);
				GrievanceProcess.ACTIONS_REMINDER_AT.set(execution, ACTIONS_REMINDER_AT);
			}
		});
		Mocks.register("chaseActionsStep",
				(JavaDelegate) (execution) -> this.ran
					.add(execution.getCurrentActivityId().equals("Activity_AlertActionsOverdue") ? "actions overdue"
							: "respondent reminded of the actions"));
		Mocks.register("actionsMonitoringListener",
				(TaskListener) (task) -> this.ran.add("actions completed, closed by " + task.getAssignee()));
		Mocks.register("sanctionApprovalMapping", new SanctionApproval());
		Mocks.register("recordSanctionStep",
				(JavaDelegate) (execution) -> this.ran.add("EC " + GrievanceProcess.SANCTION_DECISION.from(execution)
						+ " sanction " + GrievanceProcess.SANCTION_APPROVAL_ID.from(execution)));
		Mocks.register("decisionOverdueStep", (JavaDelegate) (execution) -> this.ran.add("decision overdue"));
		Mocks.register("closeDecidedStep", (JavaDelegate) (execution) -> this.ran.add("closed"));
		Mocks.register("recordWithdrawalStep", (JavaDelegate) (execution) -> this.ran
			.add("withdrawn: " + GrievanceProcess.WITHDRAWAL_REASON.optional(execution).orElse("")));
	}

	@AfterEach
	void resetClockAndStubs() {
		this.engine.getRepositoryService().deleteDeployment(this.stubDeployment, true);
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void aFiledGrievanceWaitsForTheSecretariatToAcknowledgeItByItsDeadline() {
		ProcessInstance grievance = file("communities", "land-rights", "tried");

		assertThat(grievance).isWaitingAt(GrievanceProcess.ACKNOWLEDGE).hasBusinessKey(NUMBER.toString());
		Task acknowledge = task(grievance);
		assertThat(acknowledge).hasCandidateGroup("secretariat").hasDueDate(Date.from(ACKNOWLEDGE_BY));
		assertThat(formOf(this.engine, acknowledge)).isEqualTo("grievance-acknowledgement");
		assertThat(job(GrievanceProcess.ACKNOWLEDGEMENT_OVERDUE, grievance)).hasDueDate(Date.from(ACKNOWLEDGE_BY));
		assertThat(job(GrievanceProcess.ACKNOWLEDGEMENT_REMINDER_DUE, grievance)).hasDueDate(Date.from(REMIND_AT));

		complete(acknowledge, withVariables("note", "We reply within 20 working days."));

		assertThat(grievance).isWaitingAt(GrievanceProcess.CHECK_COMPLETENESS);
		assertThat(formOf(this.engine, task(grievance))).isEqualTo("grievance-completeness");
		assertThat(jobQuery().timers().count()).as("the deadline ends with the acknowledgement").isZero();
		assertThat(this.ran).containsExactly("acknowledged by null: We reply within 20 working days.");
	}

	@Test
	void theSecretariatIsRemindedBeforeTheDeadlineThenAlertedAndTheTaskStaysOpen() {
		ProcessInstance grievance = file("individual", "labour", "tried");

		assertThat(runDueJobsAt(REMIND_AT.minusSeconds(1))).as("not yet due").isZero();
		assertThat(runDueJobsAt(REMIND_AT.plusSeconds(1))).isEqualTo(1);
		execute(job("Activity_RemindAcknowledgement", grievance));
		assertThat(grievance).hasPassed("Event_AcknowledgementReminderDue", "Event_SecretariatReminded")
			.hasNotPassed("Event_AcknowledgementOverdue")
			.isWaitingAt(GrievanceProcess.ACKNOWLEDGE);

		assertThat(runDueJobsAt(ACKNOWLEDGE_BY.minusSeconds(1))).as("not yet due").isZero();
		assertThat(runDueJobsAt(ACKNOWLEDGE_BY.plusSeconds(1))).isEqualTo(1);
		execute(job("Activity_AlertOverdue", grievance));

		assertThat(grievance)
			.hasPassed("Event_AcknowledgementOverdue", "Activity_AlertOverdue", "Event_SecretariatAlerted")
			.isWaitingAt(GrievanceProcess.ACKNOWLEDGE);
		assertThat(this.ran).containsExactly("secretariat reminded", "secretariat alerted");

		complete(task(grievance));
		assertThat(grievance).isWaitingAt(GrievanceProcess.CHECK_COMPLETENESS);
	}

	@ParameterizedTest(name = "respondent {0}, {1}, {2}, {3} → {4}")
	@CsvSource(delimiter = '|', textBlock = """
			member      | communities  | labour                 | tried                 | PANEL
			member      | individual   | deforestation          | not-tried             | PANEL
			member      | workers      | labour                 | tried                 | BILATERAL
			secretariat | individual   | other-principles       | not-tried             | BILATERAL
			member      | organisation | membership-obligations | not-tried             | REFERRED
			member      | individual   | labour                 | not-tried-with-reason | BILATERAL
			non-member  | communities  | land-rights            | tried                 | INADMISSIBLE
			""")
	void aCompleteGrievanceIsTriagedByTheTableAndRoutedAsTheSecretariatConfirms(String respondent, String affected,
			String category, String exhaustion, String route) {
		ProcessInstance grievance = this.engine.getRuntimeService()
			.startProcessInstanceByKey(GrievanceProcess.KEY, NUMBER.toString(),
					Map.of("caseNumber", NUMBER.toString(), "acknowledgeBy", Date.from(ACKNOWLEDGE_BY),
							"acknowledgeReminderAt", Date.from(REMIND_AT), "respondentKind", respondent, "affected",
							affected, "category", category, "exhaustion", exhaustion));
		complete(task(grievance));
		complete(task(grievance), withVariables("completeness", "complete"));

		assertThat(grievance).hasPassed("Gateway_Complete", "Activity_Triage", "Activity_RecordTriage")
			.isWaitingAt(GrievanceProcess.REVIEW_TRIAGE);
		assertThat(formOf(this.engine, task(grievance))).isEqualTo("grievance-triage-review");

		complete(task(grievance), withVariables("decision", "confirm"));

		String end = route.equals("REFERRED") ? "Event_Referred" : "Event_Inadmissible";
		if (route.equals("BILATERAL")) {
			assertThat(grievance).hasPassed("Gateway_Route", "Activity_StartEngagement")
				.isWaitingAt(GrievanceProcess.MONITOR_ENGAGEMENT);
		}
		else if (route.equals("PANEL")) {
			assertThat(grievance).hasPassed("Gateway_Route").isWaitingAt(GrievanceProcess.FORM_PANEL);
			assertThat(task(grievance)).hasCandidateGroup("secretariat");
			assertThat(formOf(this.engine, task(grievance))).isEqualTo("grievance-panel-formation");
		}
		else {
			assertThat(grievance).hasPassed("Gateway_Route", end).isEnded();
		}
		assertThat(this.ran).containsSubsequence("complete", "triaged " + route, "routed " + route);
	}

	@Test
	void theSecretariatMayOverrideTheTriageWithAReason() {
		ProcessInstance grievance = file("communities", "land-rights", "tried");
		complete(task(grievance));
		complete(task(grievance), withVariables("completeness", "complete"));

		complete(task(grievance), withVariables("decision", "override", "admissibility", "admissible", "risk", "low",
				"reason", "The company has already agreed to mediation."));

		assertThat(grievance).hasPassed("Activity_StartEngagement")
			.hasNotPassed(GrievanceProcess.FORM_PANEL)
			.isWaitingAt(GrievanceProcess.MONITOR_ENGAGEMENT);
		assertThat(this.ran).containsSubsequence("triaged PANEL", "routed BILATERAL");
	}

	@Test
	void aLowRiskGrievanceResolvedBilaterallyClosesWithItsOutcome() {
		ProcessInstance grievance = inEngagement();
		Task monitor = task(grievance);
		assertThat(monitor).hasCandidateGroup("secretariat").hasDueDate(Date.from(FILED.plus(ENGAGEMENT_WITHIN)));
		assertThat(formOf(this.engine, monitor)).isEqualTo("grievance-engagement-outcome");
		assertThat(job(GrievanceProcess.CHECK_IN_DUE, grievance)).hasDueDate(Date.from(FILED.plus(CHECK_IN_AFTER)));

		complete(monitor, withVariables("engagement", "resolved", "outcome", "Wages paid in arrears."));

		assertThat(grievance).hasPassed("Gateway_Resolved", "Activity_CloseResolved", "Event_ResolvedBilaterally")
			.hasNotPassed("Activity_EscalateToPanel")
			.isEnded();
		assertThat(this.ran).endsWith("resolved: Wages paid in arrears.", "closed");
	}

	@Test
	void anEngagementThatDoesNotResolveTheGrievanceGoesToThePanel() {
		ProcessInstance grievance = inEngagement();

		complete(task(grievance), withVariables("engagement", "unresolved"));

		assertThat(grievance).hasPassed("Activity_EscalateToPanel")
			.hasNotPassed("Activity_CloseResolved")
			.isWaitingAt(GrievanceProcess.FORM_PANEL);
		assertThat(this.ran).endsWith("not resolved", "to the panel");
	}

	@Test
	void thePartiesAreAskedHalfwayAndTheCaseGoesToThePanelWhenTheDeadlinePasses() {
		ProcessInstance grievance = inEngagement();

		assertThat(runDueJobsAt(FILED.plus(CHECK_IN_AFTER).plusSeconds(1))).isEqualTo(1);
		execute(job("Activity_CheckIn", grievance));
		assertThat(grievance).hasPassed("Event_CheckInDue", "Event_CheckedIn")
			.isWaitingAt(GrievanceProcess.MONITOR_ENGAGEMENT);

		assertThat(runDueJobsAt(FILED.plus(ENGAGEMENT_WITHIN).plusSeconds(1))).isEqualTo(1);

		assertThat(grievance).hasPassed("Event_EngagementDeadline", "Activity_EscalateToPanel")
			.hasNotPassed("Gateway_Resolved")
			.isWaitingAt(GrievanceProcess.FORM_PANEL);
		assertThat(taskQuery().singleResult().getTaskDefinitionKey()).isEqualTo(GrievanceProcess.FORM_PANEL);
		assertThat(this.ran).endsWith("checked in", "to the panel");
	}

	@Test
	void anIncompleteGrievanceWaitsForItsComplainantAndIsCheckedAgainWhenCompleted() {
		ProcessInstance grievance = acknowledged();

		complete(task(grievance), withVariables("completeness", "incomplete", "missing", "Where is the village?"));

		assertThat(grievance).hasPassed("Activity_ReturnIncomplete").isWaitingAt("Gateway_AwaitCompletion");
		assertThat(taskQuery().count()).isZero();
		assertThat(job("Event_CompletionDeadline", grievance)).hasDueDate(Date.from(FILED.plus(COMPLETE_WITHIN)));

		this.engine.getRuntimeService()
			.createMessageCorrelation(GrievanceProcess.INFORMATION_COMPLETED)
			.processInstanceBusinessKey(NUMBER.toString())
			.correlate();

		assertThat(grievance).isWaitingAt(GrievanceProcess.CHECK_COMPLETENESS);
		assertThat(jobQuery().timers().count()).as("the completion deadline ends with the wait").isZero();
		complete(task(grievance), withVariables("completeness", "complete"));
		assertThat(grievance).isWaitingAt(GrievanceProcess.REVIEW_TRIAGE);
		assertThat(this.ran).containsSubsequence("incomplete: Where is the village?", "returned", "complete");
	}

	@Test
	void aGrievanceNotCompletedInTimeCloses() {
		ProcessInstance grievance = acknowledged();
		complete(task(grievance), withVariables("completeness", "incomplete", "missing", "Any evidence?"));

		assertThat(runDueJobsAt(FILED.plus(COMPLETE_WITHIN).minusSeconds(1))).isZero();
		assertThat(runDueJobsAt(FILED.plus(COMPLETE_WITHIN).plusSeconds(1))).isEqualTo(1);
		execute(job("Activity_CloseIncomplete", grievance));

		assertThat(grievance).hasPassed("Event_CompletionDeadline", "Event_ClosedIncomplete")
			.hasNotPassed("Event_InformationCompleted")
			.isEnded();
		assertThat(this.ran).endsWith("closed as incomplete");
	}

	@ParameterizedTest(name = "withdrawn while {0}")
	@ValueSource(strings = { "awaiting acknowledgement", "awaiting the complainant", "in triage review",
			"awaiting the respondent's reply", "before the panel's decision" })
	void theComplainantMayWithdrawAtAnyStage(String stage) {
		boolean atThePanel = stage.startsWith("awaiting the respondent") || stage.startsWith("before the panel");
		ProcessInstance grievance = atThePanel ? awaitingReply() : file("communities", "land-rights", "tried");
		if (atThePanel) {
			if (stage.startsWith("before the panel")) {
				complete(task(grievance), withVariables("reply", "We deny it."));
			}
		}
		else if (!stage.equals("awaiting acknowledgement")) {
			complete(task(grievance));
			complete(task(grievance),
					stage.equals("awaiting the complainant")
							? withVariables("completeness", "incomplete", "missing", "More detail, please.")
							: withVariables("completeness", "complete"));
		}

		this.engine.getRuntimeService()
			.createMessageCorrelation(GrievanceProcess.WITHDRAWAL_REQUESTED)
			.processInstanceBusinessKey(NUMBER.toString())
			.setVariable("withdrawalReason", "Settled with the company.")
			.correlate();

		assertThat(grievance).hasPassed("Event_WithdrawalRequested", "Activity_RecordWithdrawal", "Event_Withdrawn")
			.isEnded();
		assertThat(taskQuery().count()).isZero();
		assertThat(jobQuery().count()).isZero();
		assertThat(this.ran).endsWith("withdrawn: Settled with the company.");
	}

	@Test
	void aHighRiskGrievanceGoesThroughItsPanelAndTheRespondentsReplyToTheDecision() {
		ProcessInstance grievance = awaitingReply();
		Task reply = task(grievance);
		assertThat(reply).hasCandidateUser("olivia")
			.hasCandidateUser("nora")
			.hasDueDate(Date.from(FILED.plus(REPLY_WITHIN)));
		assertThat(reply.getName()).isEqualTo("Reply to the grievance");
		assertThat(formOf(this.engine, reply)).isEqualTo("grievance-reply");
		assertThat(jobQuery().timers().count()).as("reminder, second notice, last day").isEqualTo(3);

		this.engine.getTaskService().claim(reply.getId(), "olivia");
		complete(task(grievance), withVariables("reply", "We deny it."));

		assertThat(grievance).hasPassed("Gateway_ToDecision").isWaitingAt(GrievanceProcess.DECIDE);
		assertThat(jobQuery().timers().count()).as("the reply's timers end with it; the decision's starts").isOne();
		Task decide = task(grievance);
		assertThat(decide).hasCandidateUser("gita")
			.hasCandidateUser("gabriel")
			.hasDueDate(Date.from(FILED.plus(DECIDE_WITHIN)));
		assertThat(formOf(this.engine, decide)).isEqualTo("grievance-panel-decision");

		this.engine.getTaskService().claim(decide.getId(), "gita");
		complete(task(grievance), withVariables("consensus", "consensus", "finding", "not-upheld", "summary",
				"No breach found.", "correctiveActions", "", "withholdRespondent", false));

		assertThat(grievance).hasPassed("Activity_PublishDecision").isWaitingAt("Gateway_AwaitAppeal");
		assertThat(job(GrievanceProcess.APPEAL_WINDOW_CLOSES, grievance))
			.hasDueDate(Date.from(FILED.plus(APPEAL_WITHIN)));
		assertThat(runDueJobsAt(FILED.plus(APPEAL_WITHIN).minusSeconds(1))).as("the window is open").isZero();
		assertThat(runDueJobsAt(FILED.plus(APPEAL_WITHIN).plusSeconds(1))).isEqualTo(1);
		execute(job("Activity_FinaliseDecision", grievance));

		assertThat(grievance)
			.hasPassed("Event_AppealWindowCloses", "Gateway_Monitor", "Activity_CloseDecided", "Event_Decided")
			.hasNotPassed("Event_AppealLodged", GrievanceProcess.MONITOR_ACTIONS)
			.isEnded();
		assertThat(this.ran).endsWith("panel gita,gabriel with Dr Ines Moreau", "respondent asked",
				"replied by olivia: We deny it.", "decided by gita: not-upheld", "published, decided by gita", "final",
				"closed");
	}

	@ParameterizedTest(name = "the panel''s vote comes to {0}")
	@CsvSource({ "ADOPTED, true", "REJECTED, false", "NO_QUORUM, false", "TIE, false" })
	void aPanelWithoutConsensusPutsItsDecisionToAVoteAndDecidesAgainUnlessAdopted(String outcome, boolean adopted) {
		ProcessInstance grievance = awaitingReply();
		complete(task(grievance), withVariables("reply", "We deny it."));
		this.engine.getTaskService().claim(task(grievance).getId(), "gita");
		complete(task(grievance), withVariables("consensus", "vote", "finding", "upheld", "summary", "Cleared.",
				"correctiveActions", "", "withholdRespondent", false));

		assertThat(grievance).hasPassed("Gateway_Consensus").isWaitingAt(GrievanceProcess.PANEL_VOTE_STEP);
		ProcessInstance ballot = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(BallotProcess.KEY)
			.superProcessInstanceId(grievance.getId())
			.singleResult();
		assertThat(BallotProcess.ROLL_ID.from(this.engine.getRuntimeService().getVariables(ballot.getId())))
			.isEqualTo(PANEL_ROLL);
		complete(task(ballot), withVariables("ballotId", UUID.randomUUID(), "outcome", outcome));
		execute(job("Activity_RecordPanelVote", grievance));

		if (adopted) {
			assertThat(grievance).hasPassed("Activity_PublishDecision").isWaitingAt("Gateway_AwaitAppeal");
		}
		else {
			assertThat(grievance).hasNotPassed("Activity_PublishDecision").isWaitingAt(GrievanceProcess.DECIDE);
			assertThat(task(grievance)).hasCandidateUser("gita").hasCandidateUser("gabriel");
		}
		assertThat(this.ran).containsSubsequence("decided by gita: upheld", "panel vote " + outcome);
	}

	@Test
	void aDecisionWithCorrectiveActionsIsMonitoredWithAReminderAndABreachAlertUntilTheSecretariatClosesIt() {
		ProcessInstance grievance = decided("2027-09-30 Return the land");
		runDueJobsAt(FILED.plus(APPEAL_WITHIN).plusSeconds(1));
		execute(job("Activity_FinaliseDecision", grievance));

		assertThat(grievance).isWaitingAt(GrievanceProcess.MONITOR_ACTIONS);
		Task monitor = task(grievance);
		assertThat(monitor).hasCandidateGroup("secretariat").hasDueDate(Date.from(ACTIONS_DUE_BY));
		assertThat(formOf(this.engine, monitor)).isEqualTo("grievance-actions-monitoring");
		assertThat(job(GrievanceProcess.ACTIONS_REMINDER_DUE, grievance)).hasDueDate(Date.from(ACTIONS_REMINDER_AT));
		assertThat(job(GrievanceProcess.ACTIONS_OVERDUE, grievance)).hasDueDate(Date.from(ACTIONS_DUE_BY));

		assertThat(runDueJobsAt(ACTIONS_REMINDER_AT.plusSeconds(1))).isEqualTo(1);
		execute(job("Activity_RemindOfActions", grievance));
		assertThat(runDueJobsAt(ACTIONS_DUE_BY.plusSeconds(1))).isEqualTo(1);
		execute(job("Activity_AlertActionsOverdue", grievance));
		assertThat(grievance).hasPassed("Event_RemindedOfActions", "Event_ActionsAlerted")
			.isWaitingAt(GrievanceProcess.MONITOR_ACTIONS);

		this.engine.getTaskService().claim(task(grievance).getId(), "sara");
		complete(task(grievance), withVariables("note", "All verified on site."));

		assertThat(grievance).hasPassed("Event_ActionsCompleted").hasNotPassed("Activity_CloseDecided").isEnded();
		assertThat(jobQuery().count()).as("the monitoring's timers end with it").isZero();
		assertThat(this.ran).endsWith("final", "respondent reminded of the actions", "actions overdue",
				"actions completed, closed by sara");
	}

	@ParameterizedTest(name = "{0} with actions ''{1}'', the EC {2}")
	@CsvSource(delimiter = '|', textBlock = """
			suspension  | 2027-09-30 Return the land | APPROVED
			termination | ''                         | REJECTED
			""")
	void aSuspensionOrTerminationGoesToTheEcOnceFinalThenTheCaseGoesOn(String sanction, String actions, Status ruling) {
		ProcessInstance grievance = decided(actions, sanction);
		runDueJobsAt(FILED.plus(APPEAL_WITHIN).plusSeconds(1));
		execute(job("Activity_FinaliseDecision", grievance));

		assertThat(grievance).isWaitingAt(GrievanceProcess.EC_SANCTION);
		ProcessInstance approval = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(EcApprovalProcess.KEY)
			.superProcessInstanceId(grievance.getId())
			.singleResult();
		assertThat(this.engine.getRuntimeService().getVariables(approval.getId())).containsEntry("itemType", "SANCTION")
			.containsEntry("subject", "grievance:" + NUMBER)
			.containsEntry("submittedBy", "gita");
		Task ec = this.engine.getTaskService().createTaskQuery().processInstanceId(approval.getId()).singleResult();
		this.engine.getTaskService()
			.complete(ec.getId(), Map.of("approvalId", SANCTION_APPROVAL.toString(), "decision", ruling.name()));
		execute(job("Activity_RecordSanction", grievance));

		if (actions.isEmpty()) {
			assertThat(grievance).hasPassed("Activity_CloseDecided", "Event_Decided").isEnded();
		}
		else {
			assertThat(grievance).isWaitingAt(GrievanceProcess.MONITOR_ACTIONS);
		}
		assertThat(this.ran).containsSubsequence("final", "EC " + ruling + " sanction " + SANCTION_APPROVAL);
	}

	@Test
	void aWarningStaysWithThePanelAndNeverGoesToTheEc() {
		ProcessInstance grievance = decided("", "warning");
		runDueJobsAt(FILED.plus(APPEAL_WITHIN).plusSeconds(1));
		execute(job("Activity_FinaliseDecision", grievance));

		assertThat(grievance).hasNotPassed(GrievanceProcess.EC_SANCTION, "Activity_RecordSanction")
			.hasPassed("Activity_CloseDecided")
			.isEnded();
	}

	@ParameterizedTest(name = "the appeal panel {0} the decision")
	@CsvSource(delimiter = '|', textBlock = """
			confirmed  | 2027-09-30 Return the land | true
			overturned | ''                         | false
			""")
	void anAppealGoesToAnAppealPanelWhoseDecisionIsFinal(String result, String actions, boolean monitored) {
		ProcessInstance grievance = decided("2027-09-30 Return the land");

		this.engine.getRuntimeService()
			.createMessageCorrelation(GrievanceProcess.APPEAL_LODGED)
			.processInstanceBusinessKey(NUMBER.toString())
			.correlate();

		assertThat(grievance).hasPassed("Event_AppealLodged").isWaitingAt(GrievanceProcess.FORM_APPEAL_PANEL);
		assertThat(jobQuery().timers().count()).as("the window's timer ends with the appeal").isZero();
		Task form = task(grievance);
		assertThat(form).hasCandidateGroup("secretariat");
		assertThat(formOf(this.engine, form)).isEqualTo("grievance-appeal-panel-formation");
		complete(form, withVariables("panelMembers", "hana, imani", "externalExpert", "Prof. Ana Lima"));

		assertThat(grievance).isWaitingAt(GrievanceProcess.DECIDE_APPEAL);
		Task decide = task(grievance);
		assertThat(decide).hasCandidateUser("hana")
			.hasCandidateUser("imani")
			.hasDueDate(Date.from(FILED.plus(APPEAL_DECIDE_WITHIN)));
		assertThat(formOf(this.engine, decide)).isEqualTo("grievance-appeal-decision");
		this.engine.getTaskService().claim(decide.getId(), "hana");
		complete(task(grievance), withVariables("result", result, "reasons", "Reasons.", "finding", "not-upheld",
				"summary", "No breach.", "correctiveActions", actions, "withholdRespondent", false));
		execute(job("Activity_FinaliseDecision", grievance));

		if (monitored) {
			assertThat(grievance).isWaitingAt(GrievanceProcess.MONITOR_ACTIONS);
		}
		else {
			assertThat(grievance).hasPassed("Activity_CloseDecided", "Event_Decided").isEnded();
		}
		assertThat(grievance).hasNotPassed("Event_AppealWindowCloses");
		assertThat(this.ran).containsSubsequence("published, decided by gita", "appeal panel hana,imani",
				"appeal " + result + " by hana", "final");
	}

	@Test
	void anOverdueAppealDecisionAlertsTheSecretariatAndTheAppealPanelAndStaysOpen() {
		ProcessInstance grievance = decided("");
		this.engine.getRuntimeService()
			.createMessageCorrelation(GrievanceProcess.APPEAL_LODGED)
			.processInstanceBusinessKey(NUMBER.toString())
			.correlate();
		complete(task(grievance), withVariables("panelMembers", "hana, imani", "externalExpert", "Prof. Ana Lima"));

		assertThat(runDueJobsAt(FILED.plus(APPEAL_DECIDE_WITHIN).plusSeconds(1))).isEqualTo(1);
		execute(job("Activity_AlertAppealOverdue", grievance));

		assertThat(grievance).hasPassed("Event_AppealDecisionOverdue", "Event_AppealDecisionAlerted")
			.isWaitingAt(GrievanceProcess.DECIDE_APPEAL);
		assertThat(this.ran).endsWith("appeal panel hana,imani", "decision overdue");
	}

	@Test
	void aSilentRespondentIsRemindedGivenASecondNoticeAndThePanelDecidesWithoutAReply() {
		ProcessInstance grievance = awaitingReply();

		assertThat(runDueJobsAt(FILED.plus(REMIND_RESPONDENT_AFTER).minusSeconds(1))).isZero();
		assertThat(runDueJobsAt(FILED.plus(REMIND_RESPONDENT_AFTER).plusSeconds(1))).isEqualTo(1);
		execute(job("Activity_RemindRespondent", grievance));
		assertThat(grievance).isWaitingAt(GrievanceProcess.AWAIT_REPLY);

		assertThat(runDueJobsAt(FILED.plus(REPLY_WITHIN).plusSeconds(1))).isEqualTo(1);
		execute(job("Activity_SecondNotice", grievance));
		assertThat(grievance).hasPassed("Event_ReplyOverdue", "Event_SecondNoticeSent")
			.isWaitingAt(GrievanceProcess.AWAIT_REPLY);

		Instant lastDay = FILED.plus(REPLY_WITHIN).plus(SECOND_NOTICE);
		assertThat(runDueJobsAt(lastDay.plusSeconds(1))).isEqualTo(1);
		execute(job("Activity_RecordSilence", grievance));

		assertThat(grievance).hasPassed("Event_ReplyLapsed", "Activity_RecordSilence", "Gateway_ToDecision")
			.isWaitingAt(GrievanceProcess.DECIDE);
		assertThat(task(grievance)).hasDueDate(Date.from(lastDay.plusSeconds(1).plus(DECIDE_WITHIN)));
		assertThat(this.ran).endsWith("respondent asked", "respondent reminded", "second notice", "no reply");
	}

	@Test
	void anOverdueDecisionAlertsTheSecretariatAndThePanelAndStaysOpen() {
		ProcessInstance grievance = awaitingReply();
		complete(task(grievance), withVariables("reply", "We deny it."));

		assertThat(runDueJobsAt(FILED.plus(DECIDE_WITHIN).plusSeconds(1))).isEqualTo(1);
		execute(job("Activity_AlertDecisionOverdue", grievance));

		assertThat(grievance).hasPassed("Event_DecisionOverdue", "Event_DecisionAlerted")
			.isWaitingAt(GrievanceProcess.DECIDE);
		assertThat(this.ran).endsWith("decision overdue");
	}

	@Test
	void whileTheComplainantIsWaitedForTheDecisionsTimerIsHeldThenMovesWithTheDeadline() {
		ProcessInstance grievance = awaitingReply();
		complete(task(grievance), withVariables("reply", "We deny it."));
		DecisionDeadline deadline = new DecisionDeadline(this.engine.getRuntimeService(), this.engine.getTaskService(),
				this.engine.getManagementService());
		Instant due = FILED.plus(DECIDE_WITHIN);

		deadline.hold(NUMBER);
		ClockUtil.setCurrentTime(Date.from(due.plusSeconds(1)));
		assertThat(jobQuery().activityId(GrievanceProcess.DECISION_OVERDUE).singleResult().isSuspended()).isTrue();
		assertThat(jobQuery().active().executable().count()).as("no alert while the clock stands still, though due")
			.isZero();

		Instant moved = due.plus(Duration.ofDays(3));
		deadline.restart(NUMBER, Optional.of(moved));

		assertThat(GrievanceProcess.DECIDE_BY.optional(this.engine.getRuntimeService(), grievance.getId()))
			.contains(moved);
		assertThat(task(grievance)).hasDueDate(Date.from(moved));
		Job timer = jobQuery().activityId(GrievanceProcess.DECISION_OVERDUE).singleResult();
		assertThat(timer.isSuspended()).isFalse();
		assertThat(timer.getDuedate()).isEqualTo(Date.from(moved));
		assertThat(runDueJobsAt(moved.minusSeconds(1))).isZero();
		assertThat(runDueJobsAt(moved.plusSeconds(1))).isEqualTo(1);
		execute(job("Activity_AlertDecisionOverdue", grievance));
		assertThat(this.ran).endsWith("decision overdue");
	}

	@Test
	void aDecisionNotYetDueHasNoDeadlineToHoldOrMove() {
		ProcessInstance grievance = awaitingReply();
		DecisionDeadline deadline = new DecisionDeadline(this.engine.getRuntimeService(), this.engine.getTaskService(),
				this.engine.getManagementService());

		deadline.hold(NUMBER);
		deadline.restart(NUMBER, Optional.empty());

		assertThat(jobQuery().suspended().count()).as("the reply's timers run on").isZero();
		assertThat(GrievanceProcess.DECIDE_BY.optional(this.engine.getRuntimeService(), grievance.getId())).isEmpty();
	}

	@Test
	void anEngagementThatFailedGetsItsPanelFormedToo() {
		ProcessInstance grievance = inEngagement();
		complete(task(grievance), withVariables("engagement", "unresolved"));

		complete(task(grievance), withVariables("panelMembers", "gita, gabriel", "externalExpert", "Dr Ines Moreau"));

		assertThat(grievance).hasPassed(GrievanceProcess.FORM_PANEL, "Activity_NotifyRespondent")
			.isWaitingAt(GrievanceProcess.AWAIT_REPLY);
	}

	@Test
	void noProcessVariableNamesTheComplainantOrHoldsTheirAddress() {
		Grievance filed = Grievance.filed(UUID.randomUUID(), NUMBER,
				new Complaint("Siti Rahma", "siti@example.org", true, Affected.COMMUNITIES, "alder-capital",
						GrievanceCategory.LAND_RIGHTS, "Our land was cleared without consent.", "Sungai Baru",
						"March 2027", Exhaustion.NOT_TRIED_WITH_REASON, "Fear of reprisals", "Return the land", "en"),
				"Alder Capital", FILED, ACKNOWLEDGE_BY);

		ProcessInstance grievance = this.engine.getRuntimeService()
			.startProcessInstanceByKey(GrievanceProcess.KEY, NUMBER.toString(),
					GrievanceProcess.startingWith(filed, REMIND_AT));

		Map<String, Object> variables = this.engine.getRuntimeService().getVariables(grievance.getId());
		assertThat(variables).containsOnlyKeys("caseNumber", "acknowledgeBy", "acknowledgeReminderAt", "respondentKind",
				"affected", "category", "exhaustion");
		assertThat(variables.values()).map(String::valueOf)
			.noneMatch((value) -> value.contains("Siti") || value.contains("siti@") || value.contains("reprisals"));
		assertThat(variables).containsEntry("exhaustion", "not-tried-with-reason")
			.containsEntry("affected", "communities");
	}

	private ProcessInstance file(String affected, String category, String exhaustion) {
		return this.engine.getRuntimeService()
			.startProcessInstanceByKey(GrievanceProcess.KEY, NUMBER.toString(),
					Map.of("caseNumber", NUMBER.toString(), "acknowledgeBy", Date.from(ACKNOWLEDGE_BY),
							"acknowledgeReminderAt", Date.from(REMIND_AT), "respondentKind", "member", "affected",
							affected, "category", category, "exhaustion", exhaustion));
	}

	private ProcessInstance inEngagement() {
		ProcessInstance grievance = file("workers", "labour", "tried");
		complete(task(grievance));
		complete(task(grievance), withVariables("completeness", "complete"));
		complete(task(grievance), withVariables("decision", "confirm"));
		assertThat(grievance).isWaitingAt(GrievanceProcess.MONITOR_ENGAGEMENT);
		return grievance;
	}

	/**
	 * A high-risk grievance whose panel is formed, waiting for the respondent's reply.
	 */
	private ProcessInstance awaitingReply() {
		ProcessInstance grievance = file("communities", "land-rights", "tried");
		complete(task(grievance));
		complete(task(grievance), withVariables("completeness", "complete"));
		complete(task(grievance), withVariables("decision", "confirm"));
		complete(task(grievance), withVariables("panelMembers", "gita, gabriel", "externalExpert", "Dr Ines Moreau"));
		assertThat(grievance).isWaitingAt(GrievanceProcess.AWAIT_REPLY);
		return grievance;
	}

	/**
	 * A high-risk grievance decided by its panel, its decision published, in its appeal
	 * window.
	 */
	private ProcessInstance decided(String actions) {
		return decided(actions, "none");
	}

	private ProcessInstance decided(String actions, String sanction) {
		ProcessInstance grievance = awaitingReply();
		complete(task(grievance), withVariables("reply", "We deny it."));
		this.engine.getTaskService().claim(task(grievance).getId(), "gita");
		complete(task(grievance),
				withVariables("consensus", "consensus", "finding",
						(actions.isEmpty() && sanction.equals("none")) ? "not-upheld" : "upheld", "summary",
						"The panel's decision.", "correctiveActions", actions, "sanction", sanction,
						"withholdRespondent", false));
		assertThat(grievance).isWaitingAt("Gateway_AwaitAppeal");
		return grievance;
	}

	private ProcessInstance acknowledged() {
		ProcessInstance grievance = file("individual", "labour", "tried");
		complete(task(grievance));
		return grievance;
	}

	/**
	 * The stub of {@code ${sanctionApprovalMapping}}: the item in, the EC's decision out.
	 */
	static final class SanctionApproval implements DelegateVariableMapping {

		@Override
		public void mapInputVariables(DelegateExecution grievance, VariableMap approval) {
			EcApprovalProcess.ITEM_TYPE.put(approval, ItemType.SANCTION);
			EcApprovalProcess.SUBJECT.put(approval, "grievance:" + GrievanceProcess.caseNumber(grievance));
			EcApprovalProcess.SUBMITTED_BY.put(approval, GrievanceProcess.DECIDED_BY.from(grievance));
		}

		@Override
		public void mapOutputVariables(DelegateExecution grievance, VariableScope approval) {
			GrievanceProcess.SANCTION_APPROVAL_ID.set(grievance, EcApprovalProcess.APPROVAL_ID.from(approval));
			GrievanceProcess.SANCTION_DECISION.set(grievance, EcApprovalProcess.DECISION.from(approval));
		}

	}

	/** The stub of {@code ${panelVoteMapping}}: the roll in, the outcome out. */
	static final class PanelVote implements DelegateVariableMapping {

		@Override
		public void mapInputVariables(DelegateExecution grievance, VariableMap ballot) {
			BallotProcess.TITLE.put(ballot, "Complaints panel vote on " + GrievanceProcess.caseNumber(grievance));
			BallotProcess.ROLL_ID.put(ballot, GrievanceProcess.PANEL_ROLL_ID.from(grievance));
		}

		@Override
		public void mapOutputVariables(DelegateExecution grievance, VariableScope ballot) {
			BallotProcess.Output out = BallotProcess.Output.of(ballot);
			GrievanceProcess.PANEL_BALLOT_ID.set(grievance, out.ballotId());
			GrievanceProcess.PANEL_VOTE_OUTCOME.set(grievance, out.outcome());
		}

	}

}

package org.gavel.voting.process;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.gavel.ScenarioEngine;
import org.gavel.voting.model.BallotOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gavel.ScenarioEngine.runDueJobsAt;

/**
 * Scenarios of {@code processes/ballot.bpmn} on the in-memory engine: the BPMN is the
 * real one, every step and listener a stub registered under the bean name the BPMN uses.
 * The stubs set what the real steps set ({@code openBallotStep}: ballotId, remind,
 * reminderAt, closeAt, inRoomSession and the business key; {@code closeBallotStep}:
 * outcome) and write the name of what ran into {@link #ran}. Time passes by moving the
 * engine clock and running the jobs then due; async continuations are jobs run
 * explicitly.
 *
 * <p>
 * Coverage, element by element:
 * <ul>
 * <li>{@code Gateway_ReminderWanted}: {@code Flow_Remind} (remind) in
 * {@link #aBallotWithAReminderWaitsForItBeforeTheClose} and
 * {@link #whenTheReminderIsDueTheNonVotersAreRemindedThenTheBallotWaitsForTheClose};
 * {@code Flow_NoReminder} (!remind) in
 * {@link #withoutAReminderTheBallotWaitsOnlyForTheClose}.</li>
 * <li>Timer {@code Event_ReminderDue} (${reminderAt}):
 * {@link #whenTheReminderIsDueTheNonVotersAreRemindedThenTheBallotWaitsForTheClose} (not
 * due a minute early, due at reminderAt); async {@code Activity_RemindVoters} and its
 * retry cycle: {@link #aFailedReminderIsRetriedFiveMinutesLaterAndTheBallotGoesOn}.</li>
 * <li>Timer {@code Event_VotingCloses} (${closeAt}):
 * {@link #withoutAnInRoomSessionTheBallotIsCountedWhenOnlineVotingCloses} (not due a
 * minute early, due at closeAt).</li>
 * <li>{@code Gateway_InRoomSession}: {@code Flow_NoInRoom} (!inRoomSession) in
 * {@link #withoutAnInRoomSessionTheBallotIsCountedWhenOnlineVotingCloses};
 * {@code Flow_InRoom} (inRoomSession) in
 * {@link #aHybridBallotIsCountedOnlyOnceTheSecretariatHasEnteredTheInRoomTallies}.</li>
 * <li>Multi-instance {@code Activity_SignOffResult} (cardinality 2, parallel, listener
 * signOffListener): {@link #twoScrutineersSignTheResultOffBeforeItIsPublished}.</li>
 * <li>Async {@code Activity_NotifyMembers} to {@code Event_ResultPublished}:
 * {@link #membersAreToldTheResultOnceTheNotificationJobRunsAndTheBallotEnds}.</li>
 * <li>Synchronous {@code Activity_OpenBallot} (a refusal leaves nothing behind):
 * {@link #aRefusedOpeningStartsNoBallot}.</li>
 * </ul>
 */
@Deployment(resources = "processes/ballot.bpmn")
class BallotProcessScenarioTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ScenarioEngine.extension();

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	static final Instant REMINDER_AT = NOW.plus(Duration.ofDays(5));

	static final Instant CLOSE_AT = NOW.plus(Duration.ofDays(7));

	static final UUID BALLOT = UUID.fromString("00000000-0000-0000-0000-00000000ba11");

	ProcessEngine engine;

	/** What the stubs ran, in order. */
	final List<String> ran = new ArrayList<>();

	/** What the stubbed opening decides: whether a reminder is due. */
	boolean remind = true;

	/**
	 * What the stubbed opening reads from the ballot: whether an in-room session follows.
	 */
	boolean inRoomSession;

	/** Whether the stubbed reminder fails, as a mail server down would make it. */
	boolean reminderFails;

	@BeforeEach
	void stubSteps() {
		ClockUtil.setCurrentTime(Date.from(NOW));
		Mocks.register("openBallotStep", (JavaDelegate) (execution) -> {
			this.ran.add("open");
			execution.setProcessBusinessKey(BALLOT.toString());
			BallotProcess.BALLOT_ID.set(execution, BALLOT);
			BallotProcess.REMIND.set(execution, this.remind);
			BallotProcess.REMINDER_AT.set(execution, this.remind ? REMINDER_AT : CLOSE_AT);
			BallotProcess.CLOSE_AT.set(execution, CLOSE_AT);
			BallotProcess.IN_ROOM_SESSION.set(execution, this.inRoomSession);
		});
		Mocks.register("remindVotersStep", (JavaDelegate) (execution) -> {
			if (this.reminderFails) {
				throw new IllegalStateException("mail server down");
			}
			this.ran.add("remind");
			BallotProcess.REMINDED.set(execution, 12);
		});
		Mocks.register("closeBallotStep", (JavaDelegate) (execution) -> {
			this.ran.add("close");
			BallotProcess.OUTCOME.set(execution, BallotOutcome.ADOPTED);
		});
		Mocks.register("signOffListener", (TaskListener) (task) -> this.ran.add("sign-off " + task.getAssignee()));
		Mocks.register("publishResultStep", (JavaDelegate) (execution) -> this.ran.add("publish"));
		Mocks.register("notifyResultStep", (JavaDelegate) (execution) -> {
			this.ran.add("notify");
			BallotProcess.NOTIFIED.set(execution, 40);
		});
	}

	@AfterEach
	void resetClockAndStubs() {
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void aBallotWithAReminderWaitsForItBeforeTheClose() {
		ProcessInstance ballot = start();

		assertThat(ballot).hasPassed("Activity_OpenBallot", "Gateway_ReminderWanted")
			.hasNotPassed("Gateway_ReminderDone")
			.isWaitingAt(BallotProcess.REMINDER_DUE)
			.hasBusinessKey(BALLOT.toString())
			.variables()
			.containsEntry(BallotProcess.BALLOT_ID.name(), BALLOT.toString())
			.containsEntry(BallotProcess.REMIND.name(), true);
		assertThat(job(BallotProcess.REMINDER_DUE, ballot)).hasDueDate(Date.from(REMINDER_AT));
		assertThat(jobQuery().count()).as("only the reminder's timer").isOne();
	}

	@Test
	void whenTheReminderIsDueTheNonVotersAreRemindedThenTheBallotWaitsForTheClose() {
		ProcessInstance ballot = start();

		assertThat(runDueJobsAt(REMINDER_AT.minusSeconds(60))).as("nothing due a minute early").isZero();
		assertThat(ballot).isWaitingAt(BallotProcess.REMINDER_DUE);

		ClockUtil.setCurrentTime(Date.from(REMINDER_AT));
		execute(job(BallotProcess.REMINDER_DUE, ballot));
		assertThat(ballot).hasPassed(BallotProcess.REMINDER_DUE).isWaitingAt("Activity_RemindVoters");
		assertThat(this.ran).as("the reminder is an async job").containsExactly("open");

		execute(job("Activity_RemindVoters", ballot));
		assertThat(ballot).hasPassed("Activity_RemindVoters", "Gateway_ReminderDone")
			.isWaitingAt(BallotProcess.VOTING_CLOSES)
			.variables()
			.containsEntry(BallotProcess.REMINDED.name(), 12);
		assertThat(this.ran).containsExactly("open", "remind");
		assertThat(job(BallotProcess.VOTING_CLOSES, ballot)).hasDueDate(Date.from(CLOSE_AT));
	}

	@Test
	void aFailedReminderIsRetriedFiveMinutesLaterAndTheBallotGoesOn() {
		ProcessInstance ballot = start();
		ClockUtil.setCurrentTime(Date.from(REMINDER_AT));
		execute(job(BallotProcess.REMINDER_DUE, ballot));
		this.reminderFails = true;

		Job reminder = job("Activity_RemindVoters", ballot);
		assertThatThrownBy(() -> this.engine.getManagementService().executeJob(reminder.getId()))
			.hasMessageContaining("mail server down");

		Job failed = job("Activity_RemindVoters", ballot);
		assertThat(failed.getRetries()).as("R5/PT5M: four retries left").isEqualTo(4);
		assertThat(failed.getDuedate()).isEqualTo(Date.from(REMINDER_AT.plus(Duration.ofMinutes(5))));
		assertThat(ballot).isWaitingAt("Activity_RemindVoters");

		this.reminderFails = false;
		assertThat(runDueJobsAt(REMINDER_AT.plus(Duration.ofMinutes(5)))).isOne();
		assertThat(ballot).hasPassed("Activity_RemindVoters").isWaitingAt(BallotProcess.VOTING_CLOSES);
	}

	@Test
	void withoutAReminderTheBallotWaitsOnlyForTheClose() {
		this.remind = false;

		ProcessInstance ballot = start();

		assertThat(ballot).hasPassed("Activity_OpenBallot", "Gateway_ReminderWanted", "Gateway_ReminderDone")
			.hasNotPassed(BallotProcess.REMINDER_DUE, "Activity_RemindVoters")
			.isWaitingAt(BallotProcess.VOTING_CLOSES);
		assertThat(job(BallotProcess.VOTING_CLOSES, ballot)).hasDueDate(Date.from(CLOSE_AT));
		assertThat(jobQuery().count()).as("only the close's timer").isOne();
	}

	@Test
	void withoutAnInRoomSessionTheBallotIsCountedWhenOnlineVotingCloses() {
		this.remind = false;
		ProcessInstance ballot = start();

		assertThat(runDueJobsAt(CLOSE_AT.minusSeconds(60))).as("nothing due a minute early").isZero();
		assertThat(ballot).isWaitingAt(BallotProcess.VOTING_CLOSES);

		assertThat(runDueJobsAt(CLOSE_AT)).isOne();
		assertThat(ballot)
			.hasPassed(BallotProcess.VOTING_CLOSES, "Gateway_InRoomSession", "Gateway_InRoomDone",
					"Activity_CloseAndCount")
			.hasNotPassed(BallotProcess.ENTER_IN_ROOM_TALLIES)
			.isWaitingAt(BallotProcess.SIGN_OFF)
			.variables()
			.containsEntry(BallotProcess.OUTCOME.name(), "ADOPTED");
		assertThat(this.ran).containsExactly("open", "close");
	}

	@Test
	void aHybridBallotIsCountedOnlyOnceTheSecretariatHasEnteredTheInRoomTallies() {
		this.remind = false;
		this.inRoomSession = true;
		ProcessInstance ballot = start();

		runDueJobsAt(CLOSE_AT);

		assertThat(ballot).hasPassed(BallotProcess.VOTING_CLOSES, "Gateway_InRoomSession")
			.hasNotPassed("Gateway_InRoomDone", "Activity_CloseAndCount")
			.isWaitingAt(BallotProcess.ENTER_IN_ROOM_TALLIES);
		assertThat(task(BallotProcess.ENTER_IN_ROOM_TALLIES, ballot)).hasCandidateGroup("secretariat").isNotAssigned();
		assertThat(this.ran).as("not counted while the room votes").containsExactly("open");

		complete(task(BallotProcess.ENTER_IN_ROOM_TALLIES, ballot), withVariables("tallied", true));

		assertThat(ballot).hasPassed(BallotProcess.ENTER_IN_ROOM_TALLIES, "Activity_CloseAndCount")
			.isWaitingAt(BallotProcess.SIGN_OFF);
		assertThat(this.ran).containsExactly("open", "close");
	}

	@Test
	void twoScrutineersSignTheResultOffBeforeItIsPublished() {
		ProcessInstance ballot = counted();

		List<Task> signOffs = taskQuery().taskDefinitionKey(BallotProcess.SIGN_OFF).list();
		assertThat(signOffs).hasSize(2);
		signOffs.forEach((signOff) -> assertThat(signOff).hasCandidateGroup("scrutineer").isNotAssigned());

		signOff(signOffs.get(0), "sam");
		assertThat(ballot).isWaitingAt(BallotProcess.SIGN_OFF).hasNotPassed("Activity_PublishResult");
		assertThat(taskQuery().taskDefinitionKey(BallotProcess.SIGN_OFF).count()).isOne();

		signOff(signOffs.get(1), "tess");
		assertThat(ballot).hasPassed(BallotProcess.SIGN_OFF, "Activity_PublishResult")
			.isWaitingAt("Activity_NotifyMembers");
		assertThat(this.ran).containsSubsequence("close", "sign-off sam", "sign-off tess", "publish")
			.doesNotContain("notify");
	}

	@Test
	void membersAreToldTheResultOnceTheNotificationJobRunsAndTheBallotEnds() {
		ProcessInstance ballot = counted();
		List<Task> signOffs = taskQuery().taskDefinitionKey(BallotProcess.SIGN_OFF).list();
		signOff(signOffs.get(0), "sam");
		signOff(signOffs.get(1), "tess");

		execute(job("Activity_NotifyMembers", ballot));

		assertThat(ballot).hasPassed("Activity_NotifyMembers", "Event_ResultPublished").isEnded();
		assertThat(this.ran).endsWith("publish", "notify");
		assertThat(historyService().createHistoricVariableInstanceQuery()
			.processInstanceId(ballot.getId())
			.variableName(BallotProcess.NOTIFIED.name())
			.singleResult()
			.getValue()).isEqualTo(40);
	}

	@Test
	void aRefusedOpeningStartsNoBallot() {
		Mocks.register("openBallotStep", (JavaDelegate) (execution) -> {
			throw new IllegalArgumentException("rollId is required");
		});

		assertThatThrownBy(this::start).hasMessageContaining("rollId is required");

		assertThat(this.engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
		assertThat(jobQuery().count()).isZero();
	}

	private ProcessInstance start() {
		return this.engine.getRuntimeService()
			.startProcessInstanceByKey(BallotProcess.KEY, Map.of(BallotProcess.TITLE.name(), "Budget 2027"));
	}

	/** A ballot without reminder nor in-room session, counted at the close. */
	private ProcessInstance counted() {
		this.remind = false;
		ProcessInstance ballot = start();
		runDueJobsAt(CLOSE_AT);
		assertThat(ballot).isWaitingAt(BallotProcess.SIGN_OFF);
		return ballot;
	}

	private void signOff(Task task, String scrutineer) {
		this.engine.getTaskService().claim(task.getId(), scrutineer);
		complete(task, withVariables(BallotProcess.REMARK.name(), "checked"));
	}

}

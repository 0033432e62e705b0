package org.gavel.approvals.process;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
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
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gavel.ScenarioEngine;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.model.Status;
import org.gavel.voting.model.BallotOutcome;
import org.gavel.voting.process.BallotProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
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
 * Scenarios of {@code processes/ec-approval.bpmn} on the in-memory engine: the BPMN is
 * the real one, every step, listener, the reviewers' collection and the seat vote's
 * variable mapping a stub registered under the bean name the BPMN uses. The stubs set
 * what the real steps set (registerItemStep: approvalId, chair, maxRounds, revisionForm
 * and the business key; requestReviewsStep: round, reviewReminderAt, reviewDueAt;
 * assessRoundStep: consensus, voteRollId, and it removes closedBy; recordDecisionStep:
 * decision) and write what ran into {@link #ran}. The stubbed assessment finds consensus
 * when no response of the round is {@code object}.
 *
 * <p>
 * The seat vote calls a <em>stub</em> {@code BallotProcess} deployed with this test
 * (built with {@link Bpmn#createExecutableProcess}): one user task, {@value #STUB_COUNT},
 * whose completion gives the ballot's {@code ballotId} and {@code outcome}; the real
 * ballot has its own scenarios in {@code BallotProcessScenarioTest}.
 *
 * <p>
 * Coverage, element by element:
 * <ul>
 * <li>Async {@code Activity_RequestReviews} and multi-instance
 * {@code Activity_ReviewItem} (one task per seat holder from
 * ${ecReviewers.of(execution)}, assignee ${reviewer}):
 * {@link #registersTheItemAndAsksEverySeatHolderToReviewItInParallel}.</li>
 * <li>Non-interrupting timer {@code Event_ReviewReminderDue} (${reviewReminderAt}) to
 * async {@code Activity_RemindReviewers} and {@code Event_RemindersSent}:
 * {@link #seatHoldersWhoHaveNotRespondedAreRemindedAndTheRoundGoesOn}.</li>
 * <li>Non-interrupting timer {@code Event_ReviewDeadlinePassed} (${reviewDueAt}) to async
 * {@code Activity_EscalateToChair} and {@code Event_ChairAlerted}:
 * {@link #whenTheReviewsAreOverdueTheChairIsAlertedAndTheRoundStaysOpen}.</li>
 * <li>Interrupting message boundary {@code Event_ReviewClosedByChair} (ReviewRoundClosed)
 * to {@code Gateway_ReviewEnded}:
 * {@link #theChairMayCloseTheRoundBeforeEverySeatHolderHasResponded}; not subscribed
 * outside a round: {@link #aRoundCanBeClosedOnlyWhileItIsOpen}.</li>
 * <li>{@code Gateway_Consensus}: {@code Flow_Consensus} (consensus) in
 * {@link #withConsensusTheItemIsApprovedWithoutASeatVote}; {@code Flow_NoConsensus}
 * (!consensus) to call activity {@code Activity_SeatVote} (with ${seatVoteMapping}) in
 * {@link #withoutConsensusTheSeatsVoteAndAnAdoptedVoteApprovesTheItem}.</li>
 * <li>{@code Gateway_VoteAdopted}: {@code Flow_Adopted} (voteOutcome == 'ADOPTED') in
 * {@link #withoutConsensusTheSeatsVoteAndAnAdoptedVoteApprovesTheItem};
 * {@code Flow_NotAdopted} (voteOutcome != 'ADOPTED', for REJECTED and NO_QUORUM) in
 * {@link #aVoteThatDoesNotAdoptTheItemGoesToTheChair}.</li>
 * <li>{@code Gateway_ChairDecision}: {@code Flow_Reject} (chairDecision == 'reject') in
 * {@link #theChairMayRejectTheItemAfterAFailedVote}; {@code Flow_Return} (chairDecision
 * == 'return') in {@link #theChairMayReturnTheItemForRevisionWhileRoundsAreLeft} and
 * {@link #aReturnInTheLastRoundRejectsTheItemBecauseTheRoundsRanOut}.</li>
 * <li>{@code Gateway_RoundsLeft}: {@code Flow_RoundLeft} (round &lt; maxRounds) to async
 * {@code Activity_ReturnForRevision} and {@code Activity_ReviseItem} (form
 * ${revisionForm}) in {@link #theChairMayReturnTheItemForRevisionWhileRoundsAreLeft} and
 * {@link #theRevisionTaskUsesTheFormTheCallerAskedFor}; {@code Flow_RoundsExhausted}
 * (round &gt;= maxRounds) in
 * {@link #aReturnInTheLastRoundRejectsTheItemBecauseTheRoundsRanOut}.</li>
 * <li>{@code Flow_Resubmitted} back to {@code Activity_RequestReviews}, a new round with
 * new timers:
 * {@link #aRevisedItemGoesBackToTheSeatHoldersInANewRoundWithItsOwnTimers}.</li>
 * <li>Async {@code Activity_PublishDecision} to {@code Event_Decided}:
 * {@link #withConsensusTheItemIsApprovedWithoutASeatVote}.</li>
 * </ul>
 */
@Deployment(resources = "processes/ec-approval.bpmn")
class EcApprovalProcessScenarioTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ScenarioEngine.extension();

	/**
	 * The stub ballot's only task: the test gives the ballot's outcome by completing it.
	 */
	static final String STUB_COUNT = "Activity_StubCount";

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	static final Duration REMINDER_AFTER = Duration.ofDays(5);

	static final Duration DUE_AFTER = Duration.ofDays(7);

	static final UUID APPROVAL = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

	static final UUID VOTE_ROLL = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

	static final UUID VOTE_BALLOT = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

	static final List<String> SEATS = List.of("ana", "ben", "chen");

	static final String CHAIR = "cleo";

	static final String SUBMITTER = "sue";

	ProcessEngine engine;

	/** What the stubs ran, in order. */
	final List<String> ran = new ArrayList<>();

	/** The responses of the current round, as the stubbed listener recorded them. */
	final List<String> responses = new ArrayList<>();

	String stubDeployment;

	@BeforeEach
	void stubStepsAndTheBallot() {
		ClockUtil.setCurrentTime(Date.from(NOW));
		this.stubDeployment = this.engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("stub-ballot.bpmn", stubBallot())
			.deploy()
			.getId();
		Mocks.register("registerItemStep", (JavaDelegate) (execution) -> {
			this.ran.add("register");
			execution.setProcessBusinessKey(APPROVAL.toString());
			EcApprovalProcess.APPROVAL_ID.set(execution, APPROVAL);
			EcApprovalProcess.CHAIR.set(execution, CHAIR);
			EcApprovalProcess.MAX_ROUNDS.set(execution, EcApprovalProcess.MAX_ROUNDS.optional(execution).orElse(3));
			EcApprovalProcess.REVISION_FORM.set(execution,
					EcApprovalProcess.REVISION_FORM.optional(execution).orElse("ec-revision"));
		});
		Mocks.register("ecReviewers", new Reviewers());
		Mocks.register("requestReviewsStep", (JavaDelegate) (execution) -> {
			int round = EcApprovalProcess.ROUND.optional(execution).orElse(0) + 1;
			this.ran.add("request reviews " + round);
			this.responses.clear();
			Instant now = ClockUtil.getCurrentTime().toInstant();
			EcApprovalProcess.ROUND.set(execution, round);
			EcApprovalProcess.REVIEW_REMINDER_AT.set(execution, now.plus(REMINDER_AFTER));
			EcApprovalProcess.REVIEW_DUE_AT.set(execution, now.plus(DUE_AFTER));
		});
		Mocks.register("reviewItemListener", (TaskListener) (task) -> {
			String response = EcApprovalProcess.RESPONSE.from(task);
			this.responses.add(response);
			this.ran.add("review " + task.getAssignee() + " " + response);
		});
		Mocks.register("remindReviewersStep", (JavaDelegate) (execution) -> this.ran.add("remind"));
		Mocks.register("escalateReviewsStep", (JavaDelegate) (execution) -> this.ran.add("escalate"));
		Mocks.register("assessRoundStep", (JavaDelegate) (execution) -> {
			this.ran.add("assess closed by " + EcApprovalProcess.CLOSED_BY.optional(execution).orElse("nobody"));
			EcApprovalProcess.CLOSED_BY.remove(execution);
			EcApprovalProcess.CONSENSUS.set(execution, !this.responses.contains("object"));
			EcApprovalProcess.VOTE_ROLL_ID.set(execution, VOTE_ROLL);
		});
		Mocks.register("seatVoteMapping", new SeatVote());
		Mocks.register("recordSeatVoteStep", (JavaDelegate) (execution) -> this.ran
			.add("record vote " + EcApprovalProcess.VOTE_OUTCOME.from(execution)));
		Mocks.register("chairDecisionListener", (TaskListener) (task) -> this.ran
			.add("chair " + task.getAssignee() + " " + EcApprovalProcess.CHAIR_DECISION.from(task)));
		Mocks.register("returnItemStep", (JavaDelegate) (execution) -> this.ran
			.add("return: " + EcApprovalProcess.CHAIR_COMMENTS.from(execution)));
		Mocks.register("reviseItemListener", (TaskListener) (task) -> this.ran.add("revise " + task.getEventName()));
		Mocks.register("recordDecisionStep", (JavaDelegate) (execution) -> {
			boolean approved = EcApprovalProcess.CONSENSUS.from(execution)
					|| EcApprovalProcess.VOTE_OUTCOME.optional(execution)
						.filter((outcome) -> outcome == BallotOutcome.ADOPTED)
						.isPresent();
			EcApprovalProcess.DECISION.set(execution, approved ? Status.APPROVED : Status.REJECTED);
			this.ran.add("decide " + EcApprovalProcess.DECISION.from(execution));
		});
		Mocks.register("publishDecisionStep", (JavaDelegate) (execution) -> this.ran.add("publish"));
	}

	@AfterEach
	void resetClockStubsAndTheStubBallot() {
		ClockUtil.reset();
		Mocks.reset();
		this.engine.getRepositoryService().deleteDeployment(this.stubDeployment, true);
	}

	@Test
	void registersTheItemAndAsksEverySeatHolderToReviewItInParallel() {
		ProcessInstance approval = submit(Map.of());

		assertThat(approval).hasPassed("Activity_RegisterItem")
			.isWaitingAt("Activity_RequestReviews")
			.hasBusinessKey(APPROVAL.toString());
		assertThat(this.ran).as("reviews are requested in a job of their own").containsExactly("register");

		execute(job("Activity_RequestReviews", approval));

		assertThat(approval).isWaitingAt(EcApprovalProcess.REVIEW_ITEM)
			.variables()
			.containsEntry(EcApprovalProcess.ROUND.name(), 1)
			.containsEntry(EcApprovalProcess.MAX_ROUNDS.name(), 3);
		List<Task> reviews = reviews();
		assertThat(reviews).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(SEATS);
		assertThat(formOf(this.engine, reviews.get(0))).isEqualTo("ec-review");
		assertThat(job(EcApprovalProcess.REVIEW_REMINDER_DUE, approval))
			.hasDueDate(Date.from(NOW.plus(REMINDER_AFTER)));
		assertThat(job(EcApprovalProcess.REVIEW_DEADLINE_PASSED, approval)).hasDueDate(Date.from(NOW.plus(DUE_AFTER)));
	}

	@Test
	void withConsensusTheItemIsApprovedWithoutASeatVote() {
		ProcessInstance approval = inReview(Map.of());

		respond("ana", "consent");
		respond("ben", "consent");
		assertThat(approval).isWaitingAt(EcApprovalProcess.REVIEW_ITEM).hasNotPassed("Activity_AssessConsensus");
		respond("chen", "consent");

		assertThat(approval)
			.hasPassed(EcApprovalProcess.REVIEW_ITEM, "Activity_AssessConsensus", "Gateway_Consensus",
					"Gateway_Decided", "Activity_RecordDecision")
			.hasNotPassed(EcApprovalProcess.SEAT_VOTE, EcApprovalProcess.CHAIR_DECIDES, "Event_ReviewClosedByChair")
			.isWaitingAt("Activity_PublishDecision")
			.variables()
			.containsEntry(EcApprovalProcess.CONSENSUS.name(), true)
			.containsEntry(EcApprovalProcess.DECISION.name(), "APPROVED");
		assertThat(jobQuery().timers().count()).as("the round's timers end with it").isZero();

		execute(job("Activity_PublishDecision", approval));

		assertThat(approval).hasPassed("Activity_PublishDecision", "Event_Decided").isEnded();
		assertThat(this.ran).endsWith("assess closed by nobody", "decide APPROVED", "publish");
	}

	@Test
	void withoutConsensusTheSeatsVoteAndAnAdoptedVoteApprovesTheItem() {
		ProcessInstance approval = inReview(Map.of());

		respond("ana", "consent");
		respond("ben", "object");
		respond("chen", "consent");

		assertThat(approval).hasPassed("Activity_AssessConsensus", "Gateway_Consensus")
			.hasNotPassed("Gateway_Decided")
			.isWaitingAt(EcApprovalProcess.SEAT_VOTE)
			.variables()
			.containsEntry(EcApprovalProcess.CONSENSUS.name(), false);
		ProcessInstance ballot = calledProcessInstance(BallotProcess.KEY, approval);
		assertThat(ballot).isWaitingAt(STUB_COUNT)
			.variables()
			.containsEntry(BallotProcess.ROLL_ID.name(), VOTE_ROLL.toString())
			.containsEntry(BallotProcess.NOTIFY_RESULT.name(), true);

		count(ballot, BallotOutcome.ADOPTED);

		assertThat(ballot).isEnded();
		assertThat(approval)
			.hasPassed(EcApprovalProcess.SEAT_VOTE, "Activity_RecordVote", "Gateway_VoteAdopted", "Gateway_Decided",
					"Activity_RecordDecision")
			.hasNotPassed(EcApprovalProcess.CHAIR_DECIDES)
			.isWaitingAt("Activity_PublishDecision")
			.variables()
			.containsEntry(EcApprovalProcess.VOTE_BALLOT_ID.name(), VOTE_BALLOT.toString())
			.containsEntry(EcApprovalProcess.VOTE_OUTCOME.name(), "ADOPTED")
			.containsEntry(EcApprovalProcess.DECISION.name(), "APPROVED");
		assertThat(this.ran).containsSubsequence("review ben object", "record vote ADOPTED", "decide APPROVED");
	}

	@ParameterizedTest
	@EnumSource(value = BallotOutcome.class, names = { "REJECTED", "NO_QUORUM" })
	void aVoteThatDoesNotAdoptTheItemGoesToTheChair(BallotOutcome outcome) {
		ProcessInstance approval = inVote();

		count(calledProcessInstance(BallotProcess.KEY, approval), outcome);

		assertThat(approval).hasPassed("Activity_RecordVote", "Gateway_VoteAdopted")
			.hasNotPassed("Gateway_Decided", "Activity_RecordDecision")
			.isWaitingAt(EcApprovalProcess.CHAIR_DECIDES)
			.variables()
			.containsEntry(EcApprovalProcess.VOTE_OUTCOME.name(), outcome.name());
		Task decision = task(EcApprovalProcess.CHAIR_DECIDES, approval);
		assertThat(decision).isAssignedTo(CHAIR);
		assertThat(formOf(this.engine, decision)).isEqualTo("ec-chair-decision");
	}

	@Test
	void theChairMayRejectTheItemAfterAFailedVote() {
		ProcessInstance approval = awaitingTheChair(Map.of());

		complete(task(EcApprovalProcess.CHAIR_DECIDES, approval), withVariables(EcApprovalProcess.CHAIR_DECISION.name(),
				"reject", EcApprovalProcess.CHAIR_COMMENTS.name(), "Out of the EC's remit."));

		assertThat(approval).hasPassed(EcApprovalProcess.CHAIR_DECIDES, "Gateway_ChairDecision", "Gateway_Decided")
			.hasNotPassed("Gateway_RoundsLeft", "Activity_ReturnForRevision")
			.isWaitingAt("Activity_PublishDecision")
			.variables()
			.containsEntry(EcApprovalProcess.DECISION.name(), "REJECTED");
		assertThat(this.ran).containsSubsequence("chair cleo reject", "decide REJECTED");
	}

	@Test
	void theChairMayReturnTheItemForRevisionWhileRoundsAreLeft() {
		ProcessInstance approval = awaitingTheChair(Map.of());

		returnForRevision(approval);

		assertThat(approval).hasPassed("Gateway_ChairDecision", "Gateway_RoundsLeft")
			.hasNotPassed("Gateway_Decided")
			.isWaitingAt("Activity_ReturnForRevision");
		assertThat(this.ran).doesNotContain("return: Say who chairs the task force.");

		execute(job("Activity_ReturnForRevision", approval));

		assertThat(approval).hasPassed("Activity_ReturnForRevision").isWaitingAt(EcApprovalProcess.REVISE_ITEM);
		Task revision = task(EcApprovalProcess.REVISE_ITEM, approval);
		assertThat(revision).isAssignedTo(SUBMITTER);
		assertThat(formOf(this.engine, revision)).isEqualTo("ec-revision");
		assertThat(this.ran).endsWith("chair cleo return", "return: Say who chairs the task force.", "revise create");
	}

	@Test
	void theRevisionTaskUsesTheFormTheCallerAskedFor() {
		ProcessInstance approval = awaitingTheChair(Map.of(EcApprovalProcess.REVISION_FORM.name(), "tor-revision"));
		returnForRevision(approval);
		execute(job("Activity_ReturnForRevision", approval));

		assertThat(formOf(this.engine, task(EcApprovalProcess.REVISE_ITEM, approval))).isEqualTo("tor-revision");
	}

	@Test
	void aRevisedItemGoesBackToTheSeatHoldersInANewRoundWithItsOwnTimers() {
		ProcessInstance approval = awaitingTheChair(Map.of());
		returnForRevision(approval);
		execute(job("Activity_ReturnForRevision", approval));
		Instant resubmitted = NOW.plus(Duration.ofDays(12));
		ClockUtil.setCurrentTime(Date.from(resubmitted));

		complete(task(EcApprovalProcess.REVISE_ITEM, approval),
				withVariables(EcApprovalProcess.CHANGE_NOTE.name(), "Names the chair."));

		assertThat(approval).hasPassed(EcApprovalProcess.REVISE_ITEM).isWaitingAt("Activity_RequestReviews");
		execute(job("Activity_RequestReviews", approval));

		assertThat(approval).isWaitingAt(EcApprovalProcess.REVIEW_ITEM)
			.variables()
			.containsEntry(EcApprovalProcess.ROUND.name(), 2);
		assertThat(reviews()).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(SEATS);
		assertThat(job(EcApprovalProcess.REVIEW_REMINDER_DUE, approval))
			.hasDueDate(Date.from(resubmitted.plus(REMINDER_AFTER)));
		assertThat(job(EcApprovalProcess.REVIEW_DEADLINE_PASSED, approval))
			.hasDueDate(Date.from(resubmitted.plus(DUE_AFTER)));
		assertThat(this.ran).containsSubsequence("revise create", "revise complete", "request reviews 2");

		respond("ana", "consent");
		respond("ben", "consent");
		respond("chen", "consent");
		assertThat(approval).isWaitingAt("Activity_PublishDecision")
			.variables()
			.containsEntry(EcApprovalProcess.DECISION.name(), "APPROVED");
	}

	@Test
	void aReturnInTheLastRoundRejectsTheItemBecauseTheRoundsRanOut() {
		ProcessInstance approval = awaitingTheChair(Map.of(EcApprovalProcess.MAX_ROUNDS.name(), 1));

		returnForRevision(approval);

		assertThat(approval).hasPassed("Gateway_ChairDecision", "Gateway_RoundsLeft", "Gateway_Decided")
			.hasNotPassed("Activity_ReturnForRevision", EcApprovalProcess.REVISE_ITEM)
			.isWaitingAt("Activity_PublishDecision")
			.variables()
			.containsEntry(EcApprovalProcess.ROUND.name(), 1)
			.containsEntry(EcApprovalProcess.MAX_ROUNDS.name(), 1)
			.containsEntry(EcApprovalProcess.DECISION.name(), "REJECTED");
	}

	@Test
	void seatHoldersWhoHaveNotRespondedAreRemindedAndTheRoundGoesOn() {
		ProcessInstance approval = inReview(Map.of());
		respond("ana", "consent");

		assertThat(runDueJobsAt(NOW.plus(REMINDER_AFTER).minusSeconds(60))).as("nothing due a minute early").isZero();
		ClockUtil.setCurrentTime(Date.from(NOW.plus(REMINDER_AFTER)));
		execute(job(EcApprovalProcess.REVIEW_REMINDER_DUE, approval));

		assertThat(approval).hasPassed(EcApprovalProcess.REVIEW_REMINDER_DUE)
			.isWaitingAt(EcApprovalProcess.REVIEW_ITEM, "Activity_RemindReviewers");
		execute(job("Activity_RemindReviewers", approval));

		assertThat(approval).hasPassed("Activity_RemindReviewers", "Event_RemindersSent")
			.hasNotPassed(EcApprovalProcess.REVIEW_DEADLINE_PASSED)
			.isWaitingAt(EcApprovalProcess.REVIEW_ITEM);
		assertThat(reviews()).extracting(Task::getAssignee).containsExactlyInAnyOrder("ben", "chen");
		assertThat(jobQuery().timers().list()).extracting(Job::getDuedate)
			.as("only the deadline is left")
			.containsExactly(Date.from(NOW.plus(DUE_AFTER)));
		assertThat(this.ran).endsWith("review ana consent", "remind");
	}

	@Test
	void whenTheReviewsAreOverdueTheChairIsAlertedAndTheRoundStaysOpen() {
		ProcessInstance approval = inReview(Map.of());

		assertThat(runDueJobsAt(NOW.plus(DUE_AFTER))).as("the reminder and the deadline").isEqualTo(2);
		assertThat(approval).isWaitingAt(EcApprovalProcess.REVIEW_ITEM, "Activity_RemindReviewers",
				"Activity_EscalateToChair");
		execute(job("Activity_EscalateToChair", approval));

		assertThat(approval)
			.hasPassed(EcApprovalProcess.REVIEW_DEADLINE_PASSED, "Activity_EscalateToChair", "Event_ChairAlerted")
			.isWaitingAt(EcApprovalProcess.REVIEW_ITEM);
		assertThat(reviews()).hasSize(3);
		assertThat(this.ran).contains("escalate");

		respond("ana", "consent");
		respond("ben", "consent");
		respond("chen", "consent");
		assertThat(approval).hasPassed("Activity_AssessConsensus").isWaitingAt("Activity_PublishDecision");
	}

	@Test
	void theChairMayCloseTheRoundBeforeEverySeatHolderHasResponded() {
		ProcessInstance approval = inReview(Map.of());
		respond("ana", "consent");

		closeRound();

		assertThat(approval)
			.hasPassed("Event_ReviewClosedByChair", "Gateway_ReviewEnded", "Activity_AssessConsensus",
					"Gateway_Consensus", "Activity_RecordDecision")
			.isWaitingAt("Activity_PublishDecision")
			.variables()
			.doesNotContainKey(EcApprovalProcess.CLOSED_BY.name())
			.containsEntry(EcApprovalProcess.DECISION.name(), "APPROVED");
		assertThat(reviews()).as("the open reviews lapse").isEmpty();
		assertThat(jobQuery().timers().count()).isZero();
		assertThat(this.ran).contains("assess closed by " + CHAIR).doesNotContain("review ben consent");
	}

	@Test
	void aRoundCanBeClosedOnlyWhileItIsOpen() {
		ProcessInstance approval = submit(Map.of());

		assertThatThrownBy(this::closeRound).isInstanceOf(MismatchingMessageCorrelationException.class);

		execute(job("Activity_RequestReviews", approval));
		closeRound();
		assertThat(approval).hasPassed("Event_ReviewClosedByChair");
		assertThatThrownBy(this::closeRound).isInstanceOf(MismatchingMessageCorrelationException.class);
	}

	private ProcessInstance submit(Map<String, Object> more) {
		Map<String, Object> variables = new HashMap<>(more);
		EcApprovalProcess.ITEM_TYPE.put(variables, ItemType.TERMS_OF_REFERENCE);
		EcApprovalProcess.TITLE.put(variables, "Task force on proxies");
		EcApprovalProcess.SUBJECT.put(variables, "terms-of-reference:1");
		EcApprovalProcess.VERSION.put(variables, 1);
		EcApprovalProcess.SUBMITTED_BY.put(variables, SUBMITTER);
		return this.engine.getRuntimeService().startProcessInstanceByKey(EcApprovalProcess.KEY, variables);
	}

	/** An item whose first round is open. */
	private ProcessInstance inReview(Map<String, Object> more) {
		ProcessInstance approval = submit(more);
		execute(job("Activity_RequestReviews", approval));
		assertThat(approval).isWaitingAt(EcApprovalProcess.REVIEW_ITEM);
		return approval;
	}

	/** An item whose first round ended with an objection: its seat vote is open. */
	private ProcessInstance inVote() {
		return inVote(Map.of());
	}

	private ProcessInstance inVote(Map<String, Object> more) {
		ProcessInstance approval = inReview(more);
		respond("ana", "object");
		respond("ben", "consent");
		respond("chen", "consent");
		assertThat(approval).isWaitingAt(EcApprovalProcess.SEAT_VOTE);
		return approval;
	}

	/** An item whose seat vote rejected it: the chair decides. */
	private ProcessInstance awaitingTheChair(Map<String, Object> more) {
		ProcessInstance approval = inVote(more);
		count(calledProcessInstance(BallotProcess.KEY, approval), BallotOutcome.REJECTED);
		assertThat(approval).isWaitingAt(EcApprovalProcess.CHAIR_DECIDES);
		return approval;
	}

	private void returnForRevision(ProcessInstance approval) {
		complete(task(EcApprovalProcess.CHAIR_DECIDES, approval), withVariables(EcApprovalProcess.CHAIR_DECISION.name(),
				"return", EcApprovalProcess.CHAIR_COMMENTS.name(), "Say who chairs the task force."));
	}

	private List<Task> reviews() {
		return taskQuery().processDefinitionKey(EcApprovalProcess.KEY)
			.taskDefinitionKey(EcApprovalProcess.REVIEW_ITEM)
			.list();
	}

	private void respond(String seat, String response) {
		Task review = taskQuery().taskDefinitionKey(EcApprovalProcess.REVIEW_ITEM).taskAssignee(seat).singleResult();
		complete(review, withVariables(EcApprovalProcess.RESPONSE.name(), response, EcApprovalProcess.REASON.name(),
				"object".equals(response) ? "No budget line." : null));
	}

	private void closeRound() {
		this.engine.getRuntimeService()
			.createMessageCorrelation(EcApprovalProcess.REVIEW_ROUND_CLOSED)
			.processInstanceBusinessKey(APPROVAL.toString())
			.setVariable(EcApprovalProcess.CLOSED_BY.name(), CHAIR)
			.correlate();
	}

	/** Ends the stub ballot with the outcome, as the real one's count would. */
	private void count(ProcessInstance ballot, BallotOutcome outcome) {
		complete(task(STUB_COUNT, ballot), withVariables(BallotProcess.BALLOT_ID.name(), VOTE_BALLOT.toString(),
				BallotProcess.OUTCOME.name(), outcome.name()));
	}

	private static BpmnModelInstance stubBallot() {
		return ScenarioEngine.stub(BallotProcess.KEY, STUB_COUNT, "Stub: count the ballot");
	}

	/** The stub of {@code ${ecReviewers}}: every seat holder reviews. */
	public static final class Reviewers {

		public List<String> of(DelegateExecution execution) {
			assertThat(EcApprovalProcess.APPROVAL_ID.from(execution)).isEqualTo(APPROVAL);
			return SEATS;
		}

	}

	/** The stub of {@code ${seatVoteMapping}}: the roll in, the outcome out. */
	static final class SeatVote implements DelegateVariableMapping {

		@Override
		public void mapInputVariables(DelegateExecution approval, VariableMap ballot) {
			BallotProcess.TITLE.put(ballot, "EC seat vote: " + EcApprovalProcess.TITLE.from(approval));
			BallotProcess.ROLL_ID.put(ballot, EcApprovalProcess.VOTE_ROLL_ID.from(approval));
			BallotProcess.NOTIFY_RESULT.put(ballot, true);
		}

		@Override
		public void mapOutputVariables(DelegateExecution approval, VariableScope ballot) {
			BallotProcess.Output out = BallotProcess.Output.of(ballot);
			EcApprovalProcess.VOTE_BALLOT_ID.set(approval, out.ballotId());
			EcApprovalProcess.VOTE_OUTCOME.set(approval, out.outcome());
		}

	}

}

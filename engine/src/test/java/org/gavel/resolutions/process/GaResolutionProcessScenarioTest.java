package org.gavel.resolutions.process;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gavel.ScenarioEngine;
import org.gavel.approvals.model.Item;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.model.Status;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.system.engine.Variable;
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
 * Scenarios of {@code processes/ga-resolution.bpmn} on the in-memory engine: the BPMN is
 * the real one, every step, listener, the co-sponsors' collection and both call
 * activities' variable mappings a stub registered under the bean name the BPMN uses. The
 * stubs set what the real ones set (admissibilityListener: resubmissionDeadline as the
 * instant after the form's day, askEcPosition; admitResolutionStep: askEcPosition;
 * ecPositionListener on create: the stance the EC's decision implies; openDiscussionStep:
 * votingOpensAt; openVotingStep: voteRollId) and write what ran into {@link #ran}.
 *
 * <p>
 * Both call activities call <em>stub</em> processes deployed with this test (built with
 * {@link Bpmn#createExecutableProcess}), one user task each: {@code EcApprovalProcess}
 * waits at {@value #STUB_DECIDE}, whose completion gives approvalId, decision and chair;
 * {@code BallotProcess} waits at {@value #STUB_COUNT}, whose completion gives ballotId
 * and outcome. The real called processes have scenarios of their own.
 *
 * <p>
 * Coverage, element by element:
 * <ul>
 * <li>Async {@code Activity_InviteCoSponsors}; sub-process
 * {@code SubProcess_CollectSponsors} with its parallel split, multi-instance
 * {@code Activity_EndorseResolution} (${coSponsorsInvited.of(execution)}, assignee
 * ${coSponsor}) and {@code Activity_SubmitResolution}:
 * {@link #aDraftInvitesItsCoSponsorsThenCollectsEndorsementsWhileTheProposerMaySubmit};
 * all answered to {@code Event_EndorsementsAnswered}:
 * {@link #whenEveryInvitationIsAnsweredTheProposerMayStillSubmit}; an empty collection:
 * {@link #withoutInvitationsTheProposerSubmitsAlone}; the terminate end
 * {@code Event_Submitted} to async {@code Activity_RecordSubmission}:
 * {@link #submittingEndsTheCollectionAndTheUnansweredInvitationsLapse}.</li>
 * <li>Interrupting timer {@code Event_SubmissionDeadlinePassed} (${submissionDeadline})
 * to async {@code Activity_RefuseLate} and {@code Event_RefusedLate}:
 * {@link #aDraftNotSubmittedByTheDeadlineIsRefusedAsLate}.</li>
 * <li>{@code Gateway_Admissible}: {@code Flow_Reject} (decision == 'reject') in
 * {@link #anInadmissibleResolutionIsRejectedWithTheReasons}; {@code Flow_Return}
 * (decision == 'return') in
 * {@link #aReturnedResolutionWaitsForItsRevisionUntilTheResubmissionDeadline};
 * {@code Flow_Admit} (decision == 'admit') in
 * {@link #anAdmittedResolutionWithoutAnEcPositionWaitsForTheBooklet} and
 * {@link #whenAskedTheEcGivesItsPositionAndItsChairWritesIt}.</li>
 * <li>{@code Flow_Resubmitted} back to {@code Activity_RecordSubmission}:
 * {@link #aRevisedResolutionIsAcknowledgedAndReviewedAgain}.</li>
 * <li>Interrupting timer {@code Event_ResubmissionDeadlinePassed}
 * (${resubmissionDeadline}) to async {@code Activity_RefuseResubmission} and
 * {@code Event_NotResubmitted}:
 * {@link #aReturnedResolutionNotResubmittedInTimeIsRefusedAsLate}.</li>
 * <li>{@code Gateway_EcPositionWanted}: {@code Flow_NoEcPosition} (!askEcPosition) in
 * {@link #anAdmittedResolutionWithoutAnEcPositionWaitsForTheBooklet}; {@code Flow_AskEc}
 * (askEcPosition) to call activity {@code Activity_EcPosition} (${ecPositionMapping}) and
 * {@code Activity_WriteEcPosition} in
 * {@link #whenAskedTheEcGivesItsPositionAndItsChairWritesIt}.</li>
 * <li>Message {@code Event_BookletPublished} (BookletPublished), async
 * {@code Activity_PublishInBooklet}, timer {@code Event_VotingOpens} (${votingOpensAt}),
 * async {@code Activity_OpenVoting} and call activity {@code Activity_Vote}
 * (${voteMapping}): {@link #theBookletOpensTheDiscussionAndTheVoteOpensWhenItIsDue}; the
 * message is not awaited before admission:
 * {@link #onlyAnAdmittedResolutionAwaitsTheBooklet}.</li>
 * <li>Async {@code Activity_RecordResult} and {@code Gateway_Adopted}:
 * {@code Flow_Adopted} (outcome == 'ADOPTED') in
 * {@link #anAdoptedResolutionEntersTheRegister}; {@code Flow_NotAdopted} (outcome !=
 * 'ADOPTED', for REJECTED and NO_QUORUM) in
 * {@link #aResolutionThatIsNotAdoptedEndsOutsideTheRegister}.</li>
 * </ul>
 */
@Deployment(resources = "processes/ga-resolution.bpmn")
class GaResolutionProcessScenarioTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ScenarioEngine.extension();

	/**
	 * The stub EC approval's only task: the test gives the EC's decision by completing
	 * it.
	 */
	static final String STUB_DECIDE = "Activity_StubDecide";

	/**
	 * The stub ballot's only task: the test gives the ballot's outcome by completing it.
	 */
	static final String STUB_COUNT = "Activity_StubCount";

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	static final Instant SUBMISSION_DEADLINE = NOW.plus(Duration.ofDays(30));

	static final Instant VOTING_OPENS_AT = NOW.plus(Duration.ofDays(60));

	static final String RESUBMIT_BY_DAY = "2026-04-15";

	/** The end of the resubmission day, as the admissibility review makes it. */
	static final Instant RESUBMIT_BY = Instant.parse("2026-04-16T00:00:00Z");

	static final UUID RESOLUTION = UUID.fromString("00000000-0000-0000-0000-0000000000a5");

	static final UUID ASSEMBLY = UUID.fromString("00000000-0000-0000-0000-0000000000a6");

	static final UUID EC_APPROVAL = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

	static final UUID VOTE_ROLL = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

	static final UUID BALLOT = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

	static final String PROPOSER = "pat";

	static final String EC_CHAIR = "cleo";

	ProcessEngine engine;

	/** What the stubs ran, in order. */
	final List<String> ran = new ArrayList<>();

	/** Whom the stubbed collection says the proposer invited. */
	final CoSponsors coSponsors = new CoSponsors();

	String stubDeployment;

	@BeforeEach
	void stubStepsAndTheCalledProcesses() {
		ClockUtil.setCurrentTime(Date.from(NOW));
		this.stubDeployment = this.engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("stub-ec-approval.bpmn", stub(EcApprovalProcess.KEY, STUB_DECIDE))
			.addModelInstance("stub-ballot.bpmn", stub(BallotProcess.KEY, STUB_COUNT))
			.deploy()
			.getId();
		Mocks.register("inviteCoSponsorsStep", (JavaDelegate) (execution) -> this.ran.add("invite"));
		Mocks.register("coSponsorsInvited", this.coSponsors);
		Mocks.register("endorseListener", (TaskListener) (task) -> this.ran.add("endorsement " + task.getAssignee()
				+ " " + Variable.optionValue(GaResolutionProcess.ENDORSEMENT.from(task))));
		Mocks.register("submitListener", (TaskListener) (task) -> this.ran.add("submit " + task.getAssignee()));
		Mocks.register("refuseLateStep",
				(JavaDelegate) (execution) -> this.ran.add("refuse late in " + execution.getCurrentActivityId()));
		Mocks.register("recordSubmissionStep", (JavaDelegate) (execution) -> this.ran.add("record submission"));
		Mocks.register("admissibilityListener", (TaskListener) (task) -> {
			String decision = GaResolutionProcess.DECISION.from(task);
			this.ran.add("admissibility " + decision);
			Instant resubmitBy = "return".equals(decision)
					? LocalDate.parse(GaResolutionProcess.RESUBMIT_BY_DAY.from(task))
						.plusDays(1)
						.atStartOfDay(ZoneOffset.UTC)
						.toInstant()
					: null;
			GaResolutionProcess.RESUBMIT_BY.set(task.getExecution(), resubmitBy);
			GaResolutionProcess.ASK_EC_POSITION.set(task.getExecution(),
					GaResolutionProcess.ASK_EC_POSITION.optional(task).orElse(false));
		});
		Mocks.register("returnResolutionStep",
				(JavaDelegate) (execution) -> this.ran
					.add("return until " + GaResolutionProcess.RESUBMIT_BY.from(execution) + ": "
							+ GaResolutionProcess.COMMENTS.from(execution)));
		Mocks.register("reviseResolutionListener",
				(TaskListener) (task) -> this.ran.add("revise " + task.getEventName()));
		Mocks.register("rejectResolutionStep",
				(JavaDelegate) (execution) -> this.ran.add("reject: " + GaResolutionProcess.COMMENTS.from(execution)));
		Mocks.register("admitResolutionStep", (JavaDelegate) (execution) -> {
			boolean askEc = GaResolutionProcess.ASK_EC_POSITION.optional(execution).orElse(false);
			GaResolutionProcess.ASK_EC_POSITION.set(execution, askEc);
			this.ran.add("admit");
		});
		Mocks.register("ecPositionMapping", new EcPosition());
		Mocks.register("ecPositionListener", (TaskListener) (task) -> {
			if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
				boolean approved = GaResolutionProcess.EC_DECISION.optional(task).orElse(null) == Status.APPROVED;
				GaResolutionProcess.STANCE.setLocal(task, approved ? "support" : "oppose");
				return;
			}
			this.ran.add("ec position " + task.getAssignee() + " " + GaResolutionProcess.STANCE.from(task));
		});
		Mocks.register("openDiscussionStep", (JavaDelegate) (execution) -> {
			this.ran.add("open discussion");
			GaResolutionProcess.VOTING_OPENS_AT.set(execution, VOTING_OPENS_AT);
		});
		Mocks.register("openVotingStep", (JavaDelegate) (execution) -> {
			this.ran.add("open voting");
			GaResolutionProcess.VOTE_ROLL_ID.set(execution, VOTE_ROLL);
		});
		Mocks.register("voteMapping", new Vote());
		Mocks.register("recordResultStep", (JavaDelegate) (execution) -> this.ran
			.add("record result " + GaResolutionProcess.OUTCOME.from(execution)));
	}

	@AfterEach
	void resetClockStubsAndTheCalledProcesses() {
		ClockUtil.reset();
		Mocks.reset();
		this.engine.getRepositoryService().deleteDeployment(this.stubDeployment, true);
	}

	@Test
	void aDraftInvitesItsCoSponsorsThenCollectsEndorsementsWhileTheProposerMaySubmit() {
		ProcessInstance resolution = start();

		assertThat(resolution).isWaitingAt("Activity_InviteCoSponsors").hasBusinessKey(RESOLUTION.toString());
		assertThat(taskQuery().count()).as("invitations go out in a job of their own").isZero();

		execute(job("Activity_InviteCoSponsors", resolution));

		assertThat(resolution).hasPassed("Activity_InviteCoSponsors", "Gateway_CollectInParallel")
			.isWaitingAt(GaResolutionProcess.ENDORSE, GaResolutionProcess.SUBMIT);
		List<Task> endorsements = endorsements();
		assertThat(endorsements).extracting(Task::getAssignee).containsExactlyInAnyOrder("olu", "pia");
		assertThat(formOf(this.engine, endorsements.get(0))).isEqualTo("co-sponsor-endorsement");
		Task submission = task(GaResolutionProcess.SUBMIT, resolution);
		assertThat(submission).isAssignedTo(PROPOSER);
		assertThat(formOf(this.engine, submission)).isEqualTo("resolution-confirmation");
		assertThat(job(GaResolutionProcess.SUBMISSION_DEADLINE_PASSED, resolution))
			.hasDueDate(Date.from(SUBMISSION_DEADLINE));
		assertThat(this.ran).containsExactly("invite");
	}

	@Test
	void whenEveryInvitationIsAnsweredTheProposerMayStillSubmit() {
		ProcessInstance resolution = collecting();

		answer("olu", "endorse");
		assertThat(resolution).hasNotPassed("Event_EndorsementsAnswered");
		answer("pia", "decline");

		assertThat(resolution).hasPassed(GaResolutionProcess.ENDORSE, "Event_EndorsementsAnswered")
			.hasNotPassed(GaResolutionProcess.COLLECT_SPONSORS)
			.isWaitingAt(GaResolutionProcess.SUBMIT);
		assertThat(job(GaResolutionProcess.SUBMISSION_DEADLINE_PASSED, resolution)).isNotNull();
		assertThat(this.ran).containsExactly("invite", "endorsement olu endorse", "endorsement pia decline");
	}

	@Test
	void withoutInvitationsTheProposerSubmitsAlone() {
		this.coSponsors.invited = List.of();

		ProcessInstance resolution = collecting();

		assertThat(resolution).isWaitingAt(GaResolutionProcess.SUBMIT).hasPassed("Event_EndorsementsAnswered");
		assertThat(endorsements()).isEmpty();
	}

	@Test
	void submittingEndsTheCollectionAndTheUnansweredInvitationsLapse() {
		ProcessInstance resolution = collecting();
		answer("olu", "endorse");

		complete(task(GaResolutionProcess.SUBMIT, resolution));

		assertThat(resolution)
			.hasPassed(GaResolutionProcess.SUBMIT, "Event_Submitted", GaResolutionProcess.COLLECT_SPONSORS)
			.hasNotPassed("Event_EndorsementsAnswered", GaResolutionProcess.SUBMISSION_DEADLINE_PASSED)
			.isWaitingAt("Activity_RecordSubmission");
		assertThat(endorsements()).as("pia's invitation lapses").isEmpty();
		assertThat(jobQuery().timers().count()).as("the deadline no longer matters").isZero();

		execute(job("Activity_RecordSubmission", resolution));

		assertThat(resolution).isWaitingAt(GaResolutionProcess.REVIEW_ADMISSIBILITY);
		Task review = task(GaResolutionProcess.REVIEW_ADMISSIBILITY, resolution);
		assertThat(review).hasCandidateGroup("secretariat").isNotAssigned();
		assertThat(formOf(this.engine, review)).isEqualTo("admissibility-review");
		assertThat(this.ran).containsExactly("invite", "endorsement olu endorse", "submit pat", "record submission");
	}

	@Test
	void aDraftNotSubmittedByTheDeadlineIsRefusedAsLate() {
		ProcessInstance resolution = collecting();

		assertThat(runDueJobsAt(SUBMISSION_DEADLINE.minusSeconds(60))).as("nothing due a minute early").isZero();
		assertThat(runDueJobsAt(SUBMISSION_DEADLINE)).isOne();

		assertThat(resolution).hasPassed(GaResolutionProcess.SUBMISSION_DEADLINE_PASSED)
			.isWaitingAt("Activity_RefuseLate");
		assertThat(taskQuery().count()).as("the collection is over").isZero();

		execute(job("Activity_RefuseLate", resolution));

		assertThat(resolution).hasPassed("Activity_RefuseLate", "Event_RefusedLate")
			.hasNotPassed("Event_Submitted", "Activity_RecordSubmission")
			.isEnded();
		assertThat(this.ran).as("nobody endorsed nor submitted")
			.containsExactly("invite", "refuse late in Activity_RefuseLate");
	}

	@Test
	void anInadmissibleResolutionIsRejectedWithTheReasons() {
		ProcessInstance resolution = inReview();

		review(resolution, "reject", Map.of(GaResolutionProcess.COMMENTS.name(), "Not a matter for the assembly."));

		assertThat(resolution).hasPassed("Gateway_Admissible")
			.hasNotPassed("Activity_ReturnForRevision", "Activity_AdmitResolution")
			.isWaitingAt("Activity_RejectResolution");
		execute(job("Activity_RejectResolution", resolution));

		assertThat(resolution).hasPassed("Activity_RejectResolution", "Event_Inadmissible").isEnded();
		assertThat(this.ran).endsWith("admissibility reject", "reject: Not a matter for the assembly.");
	}

	@Test
	void aReturnedResolutionWaitsForItsRevisionUntilTheResubmissionDeadline() {
		ProcessInstance resolution = inReview();

		returnForRevision(resolution);

		assertThat(resolution).hasPassed("Gateway_Admissible")
			.hasNotPassed("Activity_RejectResolution", "Activity_AdmitResolution")
			.isWaitingAt("Activity_ReturnForRevision")
			.variables()
			.containsEntry(GaResolutionProcess.RESUBMIT_BY.name(), Date.from(RESUBMIT_BY));
		execute(job("Activity_ReturnForRevision", resolution));

		assertThat(resolution).isWaitingAt(GaResolutionProcess.REVISE);
		Task revision = task(GaResolutionProcess.REVISE, resolution);
		assertThat(revision).isAssignedTo(PROPOSER);
		assertThat(formOf(this.engine, revision)).isEqualTo("resolution-revision");
		assertThat(job(GaResolutionProcess.RESUBMISSION_DEADLINE_PASSED, resolution))
			.hasDueDate(Date.from(RESUBMIT_BY));
		assertThat(this.ran).endsWith("admissibility return", "return until " + RESUBMIT_BY + ": Cite the statute.",
				"revise create");
	}

	@Test
	void aRevisedResolutionIsAcknowledgedAndReviewedAgain() {
		ProcessInstance resolution = returned();

		complete(task(GaResolutionProcess.REVISE, resolution),
				withVariables(GaResolutionProcess.CHANGE_NOTE.name(), "Cites the statute."));

		assertThat(resolution).hasPassed(GaResolutionProcess.REVISE)
			.hasNotPassed(GaResolutionProcess.RESUBMISSION_DEADLINE_PASSED)
			.isWaitingAt("Activity_RecordSubmission");
		assertThat(jobQuery().timers().count()).as("the resubmission deadline no longer matters").isZero();
		execute(job("Activity_RecordSubmission", resolution));

		assertThat(resolution).isWaitingAt(GaResolutionProcess.REVIEW_ADMISSIBILITY);
		assertThat(task(GaResolutionProcess.REVIEW_ADMISSIBILITY, resolution)).hasCandidateGroup("secretariat");
		assertThat(this.ran).containsSubsequence("record submission", "admissibility return", "revise create",
				"revise complete", "record submission");
	}

	@Test
	void aReturnedResolutionNotResubmittedInTimeIsRefusedAsLate() {
		ProcessInstance resolution = returned();

		assertThat(runDueJobsAt(RESUBMIT_BY.minusSeconds(60))).as("nothing due a minute early").isZero();
		assertThat(runDueJobsAt(RESUBMIT_BY)).isOne();

		assertThat(resolution).hasPassed(GaResolutionProcess.RESUBMISSION_DEADLINE_PASSED)
			.isWaitingAt("Activity_RefuseResubmission");
		assertThat(taskQuery().count()).as("the revision is over").isZero();
		execute(job("Activity_RefuseResubmission", resolution));

		assertThat(resolution).hasPassed("Activity_RefuseResubmission", "Event_NotResubmitted")
			.hasNotPassed("Activity_RefuseLate")
			.isEnded();
		assertThat(this.ran).endsWith("revise create", "refuse late in Activity_RefuseResubmission");
	}

	@Test
	void anAdmittedResolutionWithoutAnEcPositionWaitsForTheBooklet() {
		ProcessInstance resolution = inReview();

		review(resolution, "admit", Map.of());

		assertThat(resolution)
			.hasPassed("Gateway_Admissible", "Activity_AdmitResolution", "Gateway_EcPositionWanted",
					"Gateway_EcPositionDone")
			.hasNotPassed("Activity_ReturnForRevision", "Activity_RejectResolution", GaResolutionProcess.EC_POSITION,
					GaResolutionProcess.WRITE_EC_POSITION)
			.isWaitingAt(GaResolutionProcess.BOOKLET)
			.variables()
			.containsEntry(GaResolutionProcess.ASK_EC_POSITION.name(), false);
		assertThat(calledProcessInstance(EcApprovalProcess.KEY, resolution)).isNull();
	}

	@Test
	void whenAskedTheEcGivesItsPositionAndItsChairWritesIt() {
		ProcessInstance resolution = inReview();

		review(resolution, "admit", Map.of(GaResolutionProcess.ASK_EC_POSITION.name(), true));

		assertThat(resolution).hasPassed("Activity_AdmitResolution", "Gateway_EcPositionWanted")
			.hasNotPassed("Gateway_EcPositionDone")
			.isWaitingAt(GaResolutionProcess.EC_POSITION);
		ProcessInstance approval = calledProcessInstance(EcApprovalProcess.KEY, resolution);
		assertThat(approval).isWaitingAt(STUB_DECIDE)
			.variables()
			.containsEntry(EcApprovalProcess.ITEM_TYPE.name(), "POSITION")
			.containsEntry(EcApprovalProcess.MAX_ROUNDS.name(), 1)
			.containsEntry(EcApprovalProcess.SUBMITTED_BY.name(), PROPOSER);

		complete(task(STUB_DECIDE, approval),
				withVariables(EcApprovalProcess.APPROVAL_ID.name(), EC_APPROVAL.toString(),
						EcApprovalProcess.DECISION.name(), "APPROVED", EcApprovalProcess.CHAIR.name(), EC_CHAIR));

		assertThat(approval).isEnded();
		assertThat(resolution).hasPassed(GaResolutionProcess.EC_POSITION)
			.isWaitingAt(GaResolutionProcess.WRITE_EC_POSITION)
			.variables()
			.containsEntry(GaResolutionProcess.EC_APPROVAL_ID.name(), EC_APPROVAL.toString())
			.containsEntry(GaResolutionProcess.EC_DECISION.name(), "APPROVED")
			.containsEntry(GaResolutionProcess.EC_CHAIR.name(), EC_CHAIR);
		Task position = task(GaResolutionProcess.WRITE_EC_POSITION, resolution);
		assertThat(position).isAssignedTo(EC_CHAIR).hasCandidateGroupAssociated("secretariat");
		assertThat(formOf(this.engine, position)).isEqualTo("ec-position");
		assertThat(this.engine.getTaskService().getVariableLocal(position.getId(), GaResolutionProcess.STANCE.name()))
			.as("prefilled from the EC's decision")
			.isEqualTo("support");

		complete(position, withVariables(GaResolutionProcess.STATEMENT.name(), "The EC supports it."));

		assertThat(resolution).hasPassed(GaResolutionProcess.WRITE_EC_POSITION, "Gateway_EcPositionDone")
			.isWaitingAt(GaResolutionProcess.BOOKLET);
		assertThat(this.ran).endsWith("admit", "ec position cleo support");
	}

	@Test
	void onlyAnAdmittedResolutionAwaitsTheBooklet() {
		ProcessInstance resolution = inReview();

		assertThatThrownBy(this::publishBooklet).isInstanceOf(MismatchingMessageCorrelationException.class);

		review(resolution, "admit", Map.of());
		publishBooklet();
		assertThat(resolution).hasPassed(GaResolutionProcess.BOOKLET);
		assertThatThrownBy(this::publishBooklet).as("once").isInstanceOf(MismatchingMessageCorrelationException.class);
	}

	@Test
	void theBookletOpensTheDiscussionAndTheVoteOpensWhenItIsDue() {
		ProcessInstance resolution = admitted();

		publishBooklet();

		assertThat(resolution).hasPassed(GaResolutionProcess.BOOKLET).isWaitingAt("Activity_PublishInBooklet");
		execute(job("Activity_PublishInBooklet", resolution));
		assertThat(resolution).hasPassed("Activity_PublishInBooklet").isWaitingAt(GaResolutionProcess.VOTING_OPENS);
		assertThat(job(GaResolutionProcess.VOTING_OPENS, resolution)).hasDueDate(Date.from(VOTING_OPENS_AT));

		assertThat(runDueJobsAt(VOTING_OPENS_AT.minusSeconds(60))).as("nothing due a minute early").isZero();
		assertThat(runDueJobsAt(VOTING_OPENS_AT)).isOne();
		assertThat(resolution).hasPassed(GaResolutionProcess.VOTING_OPENS).isWaitingAt("Activity_OpenVoting");
		execute(job("Activity_OpenVoting", resolution));

		assertThat(resolution).hasPassed("Activity_OpenVoting").isWaitingAt(GaResolutionProcess.VOTE);
		assertThat(calledProcessInstance(BallotProcess.KEY, resolution)).isWaitingAt(STUB_COUNT)
			.variables()
			.containsEntry(BallotProcess.ROLL_ID.name(), VOTE_ROLL.toString())
			.containsEntry(BallotProcess.NOTIFY_RESULT.name(), false);
		assertThat(this.ran).endsWith("admit", "open discussion", "open voting");
	}

	@Test
	void anAdoptedResolutionEntersTheRegister() {
		ProcessInstance resolution = voting();

		count(resolution, BallotOutcome.ADOPTED);

		assertThat(resolution).hasPassed(GaResolutionProcess.VOTE)
			.isWaitingAt("Activity_RecordResult")
			.variables()
			.containsEntry(GaResolutionProcess.BALLOT_ID.name(), BALLOT.toString())
			.containsEntry(GaResolutionProcess.OUTCOME.name(), "ADOPTED");
		execute(job("Activity_RecordResult", resolution));

		assertThat(resolution).hasPassed("Activity_RecordResult", "Gateway_Adopted", "Event_Adopted")
			.hasNotPassed("Event_NotAdopted")
			.isEnded();
		assertThat(this.ran).endsWith("record result ADOPTED");
	}

	@ParameterizedTest
	@EnumSource(value = BallotOutcome.class, names = { "REJECTED", "NO_QUORUM" })
	void aResolutionThatIsNotAdoptedEndsOutsideTheRegister(BallotOutcome outcome) {
		ProcessInstance resolution = voting();

		count(resolution, outcome);
		execute(job("Activity_RecordResult", resolution));

		assertThat(resolution).hasPassed("Activity_RecordResult", "Gateway_Adopted", "Event_NotAdopted")
			.hasNotPassed("Event_Adopted")
			.isEnded();
		assertThat(this.ran).endsWith("record result " + outcome);
	}

	private ProcessInstance start() {
		return this.engine.getRuntimeService()
			.startProcessInstanceByKey(GaResolutionProcess.KEY, RESOLUTION.toString(),
					new GaResolutionProcess.Input(RESOLUTION, ASSEMBLY, PROPOSER, SUBMISSION_DEADLINE).variables());
	}

	/** A draft whose co-sponsors were invited. */
	private ProcessInstance collecting() {
		ProcessInstance resolution = start();
		execute(job("Activity_InviteCoSponsors", resolution));
		assertThat(resolution).isWaitingAt(GaResolutionProcess.SUBMIT);
		return resolution;
	}

	/** A submitted resolution waiting for the secretariat. */
	private ProcessInstance inReview() {
		ProcessInstance resolution = collecting();
		complete(task(GaResolutionProcess.SUBMIT, resolution));
		execute(job("Activity_RecordSubmission", resolution));
		assertThat(resolution).isWaitingAt(GaResolutionProcess.REVIEW_ADMISSIBILITY);
		return resolution;
	}

	/** A returned resolution waiting for its revision. */
	private ProcessInstance returned() {
		ProcessInstance resolution = inReview();
		returnForRevision(resolution);
		execute(job("Activity_ReturnForRevision", resolution));
		assertThat(resolution).isWaitingAt(GaResolutionProcess.REVISE);
		return resolution;
	}

	/** An admitted resolution, without the EC's position, waiting for the booklet. */
	private ProcessInstance admitted() {
		ProcessInstance resolution = inReview();
		review(resolution, "admit", Map.of());
		assertThat(resolution).isWaitingAt(GaResolutionProcess.BOOKLET);
		return resolution;
	}

	/** A published resolution whose ballot is open. */
	private ProcessInstance voting() {
		ProcessInstance resolution = admitted();
		publishBooklet();
		execute(job("Activity_PublishInBooklet", resolution));
		runDueJobsAt(VOTING_OPENS_AT);
		execute(job("Activity_OpenVoting", resolution));
		assertThat(resolution).isWaitingAt(GaResolutionProcess.VOTE);
		return resolution;
	}

	private void answer(String member, String endorsement) {
		complete(taskQuery().taskDefinitionKey(GaResolutionProcess.ENDORSE).taskAssignee(member).singleResult(),
				withVariables(GaResolutionProcess.ENDORSEMENT.name(), endorsement));
	}

	private void review(ProcessInstance resolution, String decision, Map<String, Object> more) {
		Map<String, Object> form = new HashMap<>(more);
		form.put(GaResolutionProcess.DECISION.name(), decision);
		complete(task(GaResolutionProcess.REVIEW_ADMISSIBILITY, resolution), form);
	}

	private void returnForRevision(ProcessInstance resolution) {
		review(resolution, "return", Map.of(GaResolutionProcess.COMMENTS.name(), "Cite the statute.",
				GaResolutionProcess.RESUBMIT_BY_DAY.name(), RESUBMIT_BY_DAY));
	}

	private void publishBooklet() {
		this.engine.getRuntimeService()
			.createMessageCorrelation(GaResolutionProcess.BOOKLET_PUBLISHED)
			.processInstanceBusinessKey(RESOLUTION.toString())
			.correlate();
	}

	/** Ends the stub ballot with the outcome, as the real one's count would. */
	private void count(ProcessInstance resolution, BallotOutcome outcome) {
		ProcessInstance ballot = calledProcessInstance(BallotProcess.KEY, resolution);
		complete(task(STUB_COUNT, ballot), withVariables(BallotProcess.BALLOT_ID.name(), BALLOT.toString(),
				BallotProcess.OUTCOME.name(), outcome.name()));
		assertThat(ballot).isEnded();
	}

	private List<Task> endorsements() {
		return taskQuery().taskDefinitionKey(GaResolutionProcess.ENDORSE).list();
	}

	/** A called process stub: it waits at one user task, then ends. */
	private static BpmnModelInstance stub(String key, String task) {
		return ScenarioEngine.stub(key, task, "Stub of " + key);
	}

	/** The stub of {@code ${coSponsorsInvited}}: whom the proposer invited. */
	public static final class CoSponsors {

		List<String> invited = List.of("olu", "pia");

		public List<String> of(DelegateExecution execution) {
			assertThat(GaResolutionProcess.RESOLUTION_ID.from(execution)).isEqualTo(RESOLUTION);
			return this.invited;
		}

	}

	/**
	 * The stub of {@code ${ecPositionMapping}}: the resolution in, the EC's decision out.
	 */
	static final class EcPosition implements DelegateVariableMapping {

		@Override
		public void mapInputVariables(DelegateExecution resolution, VariableMap approval) {
			new EcApprovalProcess.Input(new Item(ItemType.POSITION, "EC position on R-1", "resolution:" + RESOLUTION, 1,
					null, GaResolutionProcess.PROPOSER.from(resolution)), 1, null)
				.writeTo(approval);
		}

		@Override
		public void mapOutputVariables(DelegateExecution resolution, VariableScope approval) {
			EcApprovalProcess.Output out = EcApprovalProcess.Output.of(approval);
			GaResolutionProcess.EC_APPROVAL_ID.set(resolution, out.approvalId());
			GaResolutionProcess.EC_DECISION.set(resolution, out.decision());
			GaResolutionProcess.EC_CHAIR.set(resolution, out.chair());
		}

	}

	/** The stub of {@code ${voteMapping}}: the frozen roll in, the outcome out. */
	static final class Vote implements DelegateVariableMapping {

		@Override
		public void mapInputVariables(DelegateExecution resolution, VariableMap ballot) {
			BallotProcess.TITLE.put(ballot, "R-1");
			BallotProcess.ROLL_ID.put(ballot, GaResolutionProcess.VOTE_ROLL_ID.from(resolution));
			BallotProcess.NOTIFY_RESULT.put(ballot, false);
		}

		@Override
		public void mapOutputVariables(DelegateExecution resolution, VariableScope ballot) {
			BallotProcess.Output out = BallotProcess.Output.of(ballot);
			GaResolutionProcess.BALLOT_ID.set(resolution, out.ballotId());
			GaResolutionProcess.OUTCOME.set(resolution, out.outcome());
		}

	}

}

package org.gavel.grants.process;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.gavel.ScenarioEngine;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.model.Status;
import org.gavel.approvals.process.EcApprovalProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gavel.ScenarioEngine.runDueJobsAt;

/**
 * Scenarios of {@code processes/rfp.bpmn} on the in-memory engine: the BPMN is the real
 * one, every step a stub under the bean name the BPMN uses, EcApprovalProcess a stub with
 * one task completed with the decision to return. Timers run by moving the clock.
 *
 * <p>
 * Coverage: both ways out of {@code Gateway_Approved} (published; rejected), the deadline
 * timer at the RFP's deadline, an addendum's {@value RfpProcess#DEADLINE_MOVED} that
 * moves it later (the old date passes with nothing closing) and earlier, and the close of
 * submissions, the recommendation, and both ways out of {@code Gateway_Awarded} (awarded;
 * rejected, back to a new recommendation).
 */
@Deployment(resources = "processes/rfp.bpmn")
class RfpProcessScenarioTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ScenarioEngine.extension();

	static final Instant DRAFTED = Instant.parse("2027-03-01T02:00:00Z");

	/** 31 May 2027, 23:59 in Singapore. */
	static final Instant DEADLINE = Instant.parse("2027-05-31T15:59:00Z");

	static final String STUB_EC_DECISION = "Task_StubEcDecision";

	static final UUID APPROVAL = UUID.fromString("00000000-0000-0000-0000-0000000ec0f1");

	ProcessEngine engine;

	final List<String> ran = new ArrayList<>();

	String stubDeployment;

	/** Whether the stub of the close finds every proposal settled already. */
	boolean settledAtClose = true;

	@BeforeEach
	void stubTheSteps() {
		ClockUtil.setCurrentTime(Date.from(DRAFTED));
		this.stubDeployment = this.engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("stub-ec-approval.bpmn",
					ScenarioEngine.stub(EcApprovalProcess.KEY, STUB_EC_DECISION, "Stub: the EC decides"))
			.deploy()
			.getId();
		Mocks.register("rfpApprovalMapping", new RfpApproval());
		Mocks.register("publishRfpStep", (JavaDelegate) (execution) -> this.ran.add("published after "
				+ RfpProcess.DECISION.from(execution) + " " + RfpProcess.APPROVAL_ID.from(execution)));
		Mocks.register("recordRfpRejectionStep", (JavaDelegate) (execution) -> this.ran.add("rejected"));
		Mocks.register("closeSubmissionsStep", (JavaDelegate) (execution) -> {
			this.ran.add("closed at " + ClockUtil.getCurrentTime().toInstant());
			RfpProcess.SETTLED.set(execution, this.settledAtClose);
		});
		Mocks.register("openRankingStep", (JavaDelegate) (execution) -> this.ran.add("ranking opened"));
		Mocks.register("panelMeetingListener", (TaskListener) (task) -> this.ran
			.add("panel met with " + task.getAssignee() + ": " + RfpProcess.ADJUSTMENTS.optional(task).orElse("")));
		Mocks.register("recommendationListener", (TaskListener) (task) -> this.ran
			.add("recommended by " + task.getAssignee() + ": " + RfpProcess.GRANTS.from(task)));
		Mocks.register("awardApprovalMapping", new AwardApproval());
		Mocks.register("recordAwardStep", (JavaDelegate) (execution) -> this.ran
			.add("awarded after " + RfpProcess.AWARD_APPROVAL_ID.from(execution)));
		Mocks.register("recordAwardRejectionStep", (JavaDelegate) (execution) -> this.ran.add("award rejected"));
	}

	@AfterEach
	void resetClockAndStubs() {
		this.engine.getRepositoryService().deleteDeployment(this.stubDeployment, true);
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void anApprovedRfpIsPublishedAndClosesAtItsDeadline() {
		ProcessInstance rfp = draft();

		assertThat(rfp).isWaitingAt(RfpProcess.EC_APPROVAL);
		ecDecides(rfp, Status.APPROVED);
		execute(job(rfp));

		assertThat(this.ran).containsExactly("published after APPROVED " + APPROVAL);
		assertThat(rfp).isWaitingAt(RfpProcess.AWAIT_DEADLINE);
		assertThat(runDueJobsAt(DEADLINE.minusSeconds(1))).isZero();
		assertThat(runDueJobsAt(DEADLINE)).isEqualTo(1);
		execute(job(rfp));

		assertThat(this.ran).last().isEqualTo("ranking opened");
		assertThat(rfp).isWaitingAt(RfpProcess.PANEL_MEETING);
		assertThat(task(rfp)).isAssignedTo("wen");
		assertThat(ScenarioEngine.formOf(this.engine, task(rfp))).isEqualTo("panel-adjustment");
		complete(task(rfp), withVariables("adjustments", "RFP-2027-01-P002 | 1 | proven reach"));

		assertThat(this.ran).containsSubsequence("closed at " + DEADLINE, "ranking opened",
				"panel met with wen: RFP-2027-01-P002 | 1 | proven reach");
		assertThat(rfp).isWaitingAt(RfpProcess.RECOMMEND);
		assertThat(task(rfp)).isAssignedTo("wen");
		assertThat(ScenarioEngine.formOf(this.engine, task(rfp))).isEqualTo("recommendation");
		complete(task(rfp), withVariables("grants", "RFP-2027-01-P002 | 40000", "conditions", "Quarterly reports"));

		assertThat(rfp).isWaitingAt(RfpProcess.EC_AWARD);
		ecDecides(rfp, ItemType.AWARD, Status.APPROVED);
		execute(job(rfp));

		assertThat(this.ran).containsSubsequence("recommended by wen: RFP-2027-01-P002 | 40000",
				"awarded after " + APPROVAL);
		assertThat(rfp).isEnded()
			.hasPassed("Activity_CloseSubmissions", "Activity_OpenRanking", "Activity_RecordAward", "Event_Awarded");
	}

	@Test
	void aRejectedAwardGoesBackToTheWorkingGroupForANewRecommendation() {
		ProcessInstance rfp = ranked();
		complete(task(rfp), withVariables("grants", "RFP-2027-01-P002 | 40000"));
		ecDecides(rfp, ItemType.AWARD, Status.REJECTED);
		execute(job(rfp));

		assertThat(this.ran).last().isEqualTo("award rejected");
		assertThat(rfp).isWaitingAt(RfpProcess.RECOMMEND);
		assertThat(task(rfp)).isAssignedTo("wen");
		complete(task(rfp), withVariables("grants", "RFP-2027-01-P003 | 25000"));
		ecDecides(rfp, ItemType.AWARD, Status.APPROVED);
		execute(job(rfp));

		assertThat(this.ran).containsSubsequence("recommended by wen: RFP-2027-01-P002 | 40000", "award rejected",
				"recommended by wen: RFP-2027-01-P003 | 25000", "awarded after " + APPROVAL);
		assertThat(rfp).isEnded().hasPassed("Activity_RecordAwardRejection", "Event_Awarded");
	}

	@Test
	void theRankingWaitsForTheLastProposalToSettle() {
		this.settledAtClose = false;
		ProcessInstance rfp = published();
		runDueJobsAt(DEADLINE);
		execute(job(rfp));

		assertThat(rfp).isWaitingAt("Event_ProposalsSettled");
		assertThat(this.ran).doesNotContain("ranking opened");
		this.engine.getRuntimeService()
			.createMessageCorrelation(RfpProcess.PROPOSALS_SETTLED)
			.processInstanceBusinessKey(rfp.getBusinessKey())
			.correlate();

		assertThat(this.ran).last().isEqualTo("ranking opened");
		assertThat(rfp).isWaitingAt(RfpProcess.PANEL_MEETING);
	}

	@Test
	void aRejectedRfpIsNeverPublished() {
		ProcessInstance rfp = draft();

		ecDecides(rfp, Status.REJECTED);
		execute(job(rfp));

		assertThat(this.ran).containsExactly("rejected");
		assertThat(rfp).isEnded().hasPassed("Event_RfpRejected").hasNotPassed("Activity_PublishRfp");
	}

	@Test
	void anAddendumMovesTheDeadlineLater() {
		ProcessInstance rfp = published();
		Instant later = DEADLINE.plus(Duration.ofDays(14));

		moveDeadline(rfp, later);

		assertThat(rfp).isWaitingAt(RfpProcess.AWAIT_DEADLINE);
		assertThat(runDueJobsAt(DEADLINE.plusSeconds(60))).as("the old deadline closes nothing").isZero();
		assertThat(runDueJobsAt(later)).isEqualTo(1);
		execute(job(rfp));

		assertThat(this.ran).containsSubsequence("closed at " + later, "ranking opened");
		assertThat(rfp).isWaitingAt(RfpProcess.PANEL_MEETING);
	}

	@Test
	void anAddendumMayBringTheDeadlineForward() {
		ProcessInstance rfp = published();
		Instant earlier = DEADLINE.minus(Duration.ofDays(7));

		moveDeadline(rfp, earlier);
		assertThat(runDueJobsAt(earlier)).isEqualTo(1);
		execute(job(rfp));

		assertThat(this.ran).contains("closed at " + earlier);
	}

	@Test
	void theDeadlineMayMoveTwice() {
		ProcessInstance rfp = published();

		moveDeadline(rfp, DEADLINE.plus(Duration.ofDays(7)));
		moveDeadline(rfp, DEADLINE.plus(Duration.ofDays(21)));

		assertThat(runDueJobsAt(DEADLINE.plus(Duration.ofDays(8)))).isZero();
		assertThat(runDueJobsAt(DEADLINE.plus(Duration.ofDays(21)))).isEqualTo(1);
	}

	private ProcessInstance draft() {
		return this.engine.getRuntimeService()
			.startProcessInstanceByKey(RfpProcess.KEY, "RFP-2027-01",
					Map.of(RfpProcess.REFERENCE.name(), "RFP-2027-01", RfpProcess.RFP_ID.name(),
							UUID.randomUUID().toString(), RfpProcess.DEADLINE.name(), Date.from(DEADLINE),
							RfpProcess.CHAIR.name(), "wen"));
	}

	private ProcessInstance ranked() {
		ProcessInstance rfp = published();
		runDueJobsAt(DEADLINE);
		execute(job(rfp));
		complete(task(rfp), withVariables("adjustments", ""));
		assertThat(rfp).isWaitingAt(RfpProcess.RECOMMEND);
		return rfp;
	}

	private ProcessInstance published() {
		ProcessInstance rfp = draft();
		ecDecides(rfp, Status.APPROVED);
		execute(job(rfp));
		return rfp;
	}

	private void moveDeadline(ProcessInstance rfp, Instant deadline) {
		this.engine.getRuntimeService()
			.createMessageCorrelation(RfpProcess.DEADLINE_MOVED)
			.processInstanceBusinessKey(rfp.getBusinessKey())
			.setVariable(RfpProcess.DEADLINE.name(), Date.from(deadline))
			.correlate();
	}

	private void ecDecides(ProcessInstance rfp, Status decision) {
		ecDecides(rfp, ItemType.RFP, decision);
	}

	private void ecDecides(ProcessInstance rfp, ItemType type, Status decision) {
		ProcessInstance approval = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(EcApprovalProcess.KEY)
			.superProcessInstanceId(rfp.getId())
			.singleResult();
		assertThat(approval).isNotNull();
		assertThat((String) this.engine.getRuntimeService().getVariable(approval.getId(), "itemType"))
			.isEqualTo(type.name());
		complete(task(approval), withVariables(EcApprovalProcess.DECISION.name(), decision.name(),
				EcApprovalProcess.APPROVAL_ID.name(), APPROVAL.toString()));
	}

	/**
	 * The stub of {@code ${awardApprovalMapping}}: an award item in, the decision out.
	 */
	static final class AwardApproval implements DelegateVariableMapping {

		@Override
		public void mapInputVariables(DelegateExecution rfp, VariableMap approval) {
			EcApprovalProcess.ITEM_TYPE.put(approval, ItemType.AWARD);
			EcApprovalProcess.SUBJECT.put(approval, "award:" + RfpProcess.RFP_ID.from(rfp));
		}

		@Override
		public void mapOutputVariables(DelegateExecution rfp, VariableScope approval) {
			EcApprovalProcess.Output out = EcApprovalProcess.Output.of(approval);
			RfpProcess.AWARD_APPROVAL_ID.set(rfp, out.approvalId());
			RfpProcess.AWARDED.set(rfp, out.decision() == Status.APPROVED);
		}

	}

	/** The stub of {@code ${rfpApprovalMapping}}: an RFP item in, the decision out. */
	static final class RfpApproval implements DelegateVariableMapping {

		@Override
		public void mapInputVariables(DelegateExecution rfp, VariableMap approval) {
			EcApprovalProcess.ITEM_TYPE.put(approval, ItemType.RFP);
			EcApprovalProcess.SUBJECT.put(approval, "rfp:" + RfpProcess.RFP_ID.from(rfp));
		}

		@Override
		public void mapOutputVariables(DelegateExecution rfp, VariableScope approval) {
			EcApprovalProcess.Output out = EcApprovalProcess.Output.of(approval);
			RfpProcess.APPROVAL_ID.set(rfp, out.approvalId());
			RfpProcess.DECISION.set(rfp, out.decision());
			RfpProcess.APPROVED.set(rfp, out.decision() == Status.APPROVED);
		}

	}

}

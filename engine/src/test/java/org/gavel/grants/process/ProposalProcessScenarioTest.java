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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.gavel.ScenarioEngine;
import org.gavel.grants.model.Screening;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.gavel.ScenarioEngine.formOf;
import static org.gavel.ScenarioEngine.runDueJobsAt;

/**
 * Scenarios of {@code processes/proposal.bpmn} on the in-memory engine: the BPMN and the
 * eligibility table are the real ones, every step and listener a stub under the bean name
 * the BPMN uses (recordScreeningStep: eligible from the table's answer;
 * reviewScreeningListener: eligible when the secretariat overrides).
 *
 * <p>
 * Coverage: the three ways out of {@code Gateway_Drafting} (submitted, withdrawn as a
 * draft, the close catching a draft), both ways out of {@code Gateway_Submitted}
 * (withdrawn, the close), the table's every answer into {@code Gateway_Eligible}, and
 * both ways out of {@code Gateway_Override}; a submission after the close finds nothing
 * to correlate; after the EC's decision both ways out of {@code Gateway_ProposalAwarded},
 * of {@code Gateway_Matched} and of {@code Gateway_Covered}, and the pledge deadline's
 * timer; the project is a stub of ProjectProcess with the proposal's business key.
 */
@Deployment(resources = { "processes/proposal.bpmn", "processes/proposal-eligibility.dmn" })
class ProposalProcessScenarioTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ScenarioEngine.extension();

	static final UUID RFP = UUID.fromString("00000000-0000-0000-0000-00000000f0f1");

	static final String REFERENCE = "RFP-2027-01-P001";

	static final String STUB_PROJECT = "Task_StubProject";

	static final int GRANT = 40000;

	static final Instant DECIDED = Instant.parse("2027-08-02T02:00:00Z");

	static final Instant PLEDGES_CLOSE = DECIDED.plus(Duration.ofDays(30));

	ProcessEngine engine;

	String stubDeployment;

	/** What the pledges add up to, as the stub of pledgeListener counts. */
	int pledged;

	final List<String> ran = new ArrayList<>();

	/** Who is still to declare, as the stub of ${conflictDeclarants} answers. */
	final List<String> declarants = new ArrayList<>(List.of("eva", "ezra"));

	/** Who declared no conflict. */
	final List<String> cleared = new ArrayList<>();

	/** The stub of {@code ${proposalScorers}}: the cleared evaluators, as assigned. */
	public final class Scorers {

		public List<String> of(DelegateExecution execution) {
			return List.copyOf(ProposalProcessScenarioTest.this.cleared);
		}

	}

	/** The stub of {@code ${fundingPeople}}: two people of funding members. */
	public static final class Funders {

		public List<String> of(DelegateExecution execution) {
			return List.of("kenji", "megan");
		}

	}

	/** The stub of {@code ${projectMapping}}: the reference in. */
	static final class Project implements DelegateVariableMapping {

		@Override
		public void mapInputVariables(DelegateExecution proposal, VariableMap project) {
			ProjectProcess.REFERENCE.put(project, ProposalProcess.REFERENCE.from(proposal));
		}

		@Override
		public void mapOutputVariables(DelegateExecution proposal, VariableScope project) {
		}

	}

	/** The stub of {@code ${conflictDeclarants}}. */
	public final class Declarants {

		public List<String> of(DelegateExecution execution) {
			return List.copyOf(ProposalProcessScenarioTest.this.declarants);
		}

	}

	@BeforeEach
	void stubTheSteps() {
		Mocks.register("lapseProposalStep", (JavaDelegate) (execution) -> this.ran.add("lapsed"));
		Mocks.register("withdrawProposalStep", (JavaDelegate) (execution) -> this.ran.add("withdrawn"));
		Mocks.register("recordScreeningStep", (JavaDelegate) (execution) -> {
			Screening screening = ProposalProcess.SCREENING.from(execution);
			this.ran.add("screened: " + screening.reason());
			ProposalProcess.ELIGIBLE.set(execution, screening.eligible());
		});
		Mocks.register("reviewScreeningListener", (TaskListener) (task) -> {
			boolean override = ProposalProcess.DECISION.from(task).equals("override");
			this.ran.add((override ? "overridden" : "confirmed") + ": " + ProposalProcess.REASON.from(task));
			ProposalProcess.ELIGIBLE.set(task.getExecution().getProcessInstance(), override);
		});
		Mocks.register("notifyIneligibleStep", (JavaDelegate) (execution) -> this.ran.add("applicant told"));
		Mocks.register("findConflictsStep", (JavaDelegate) (execution) -> this.ran.add("conflicts found"));
		Mocks.register("conflictDeclarants", new Declarants());
		Mocks.register("declareConflictListener", (TaskListener) (task) -> {
			String conflict = ProposalProcess.CONFLICT.from(task);
			this.ran.add(task.getAssignee() + " declares " + conflict);
			if (conflict.equals("none")) {
				this.cleared.add(task.getAssignee());
			}
			this.declarants.remove(task.getAssignee());
		});
		Mocks.register("assignEvaluatorsStep", (JavaDelegate) (execution) -> {
			boolean enough = this.cleared.size() >= 2;
			this.ran.add(enough ? "assigned " + this.cleared : "too few cleared: " + this.cleared);
			ProposalProcess.EVALUATORS_COMPLETE.set(execution, enough);
		});
		Mocks.register("proposalScorers", new Scorers());
		Mocks.register("scoreProposalListener", (TaskListener) (task) -> this.ran
			.add(task.getAssignee() + " scores " + ProposalProcess.SCORES.from(task)));
		Mocks.register("recordScoredStep", (JavaDelegate) (execution) -> this.ran.add("scored"));
		Mocks.register("sendRegretStep", (JavaDelegate) (execution) -> this.ran.add("regret sent"));
		Mocks.register("sendAwardStep", (JavaDelegate) (execution) -> this.ran.add("award sent"));
		Mocks.register("offerFundingStep", (JavaDelegate) (execution) -> this.ran.add("offered"));
		Mocks.register("fundingPeople", new Funders());
		Mocks.register("pledgeListener", (TaskListener) (task) -> {
			this.pledged += Integer.parseInt(ProposalProcess.AMOUNT.from(task));
			this.ran.add(task.getAssignee() + " pledges " + ProposalProcess.AMOUNT.from(task));
			ProposalProcess.COVERED.set(task.getExecution().getProcessInstance(), this.pledged >= GRANT);
		});
		Mocks.register("recordNotFundedStep", (JavaDelegate) (execution) -> this.ran.add("not funded"));
		Mocks.register("projectMapping", new Project());
		this.stubDeployment = this.engine.getRepositoryService()
			.createDeployment()
			.addModelInstance("stub-project.bpmn",
					ScenarioEngine.stub(ProjectProcess.KEY, STUB_PROJECT, "Stub: the project runs"))
			.deploy()
			.getId();
		Mocks.register("addEvaluatorListener", (TaskListener) (task) -> {
			String evaluator = ProposalProcess.EVALUATOR.from(task);
			this.ran.add("added " + evaluator + " by " + task.getAssignee());
			this.declarants.add(evaluator);
		});
	}

	@AfterEach
	void resetStubs() {
		this.engine.getRepositoryService().deleteDeployment(this.stubDeployment, true);
		ClockUtil.reset();
		Mocks.reset();
	}

	@Test
	void anEligibleProposalsPanelDeclaresAndItsEvaluatorsAreAssigned() {
		ProcessInstance proposal = start();

		submit(true, true, true);
		assertThat(proposal).isWaitingAt("Gateway_Submitted");
		close();
		execute(job(proposal));
		execute(job(proposal));

		assertThat(proposal).isWaitingAt(ProposalProcess.DECLARE_CONFLICT);
		List<Task> declarations = declarations(proposal);
		assertThat(declarations).extracting(Task::getAssignee).containsExactlyInAnyOrder("eva", "ezra");
		assertThat(formOf(this.engine, declarations.get(0))).isEqualTo("conflict-declaration");
		declare(proposal, "eva", "none");
		assertThat(proposal).as("until every evaluator declared").isWaitingAt(ProposalProcess.DECLARE_CONFLICT);
		declare(proposal, "ezra", "none");

		assertThat(proposal).isWaitingAt(ProposalProcess.SCORE);
		List<Task> scorings = tasks(proposal, ProposalProcess.SCORE);
		assertThat(scorings).extracting(Task::getAssignee).containsExactlyInAnyOrder("eva", "ezra");
		assertThat(formOf(this.engine, scorings.get(0))).isEqualTo("proposal-score");
		complete(taskOf(proposal, ProposalProcess.SCORE, "eva"), withVariables("scores", "reach | 4 | good"));
		assertThat(proposal).as("until every evaluator scored").isWaitingAt(ProposalProcess.SCORE);
		complete(taskOf(proposal, ProposalProcess.SCORE, "ezra"), withVariables("scores", "reach | 3 | fair"));

		assertThat(this.ran).containsExactly("screened: Meets every eligibility rule of the call.", "conflicts found",
				"eva declares none", "ezra declares none", "assigned [eva, ezra]", "eva scores reach | 4 | good",
				"ezra scores reach | 3 | fair", "scored");
		assertThat(proposal).isWaitingAt(ProposalProcess.DECIDED_EVENT)
			.hasNotPassed(ProposalProcess.REVIEW_SCREENING, ProposalProcess.ADD_EVALUATOR);
	}

	@Test
	void aScoredProposalNotAwardedHearsWhyAndEnds() {
		ProcessInstance proposal = scored();

		decide(false, false);
		execute(job(proposal));

		assertThat(this.ran).endsWith("scored", "regret sent");
		assertThat(proposal).isEnded().hasPassed("Event_NotAwarded").hasNotPassed(ProposalProcess.PROJECT);
	}

	@Test
	void anAwardedProposalWithoutMatchingRunsItsProject() {
		ProcessInstance proposal = scored();

		decide(true, false);
		execute(job(proposal));

		assertThat(this.ran).endsWith("scored", "award sent");
		assertThat(proposal).isWaitingAt(ProposalProcess.PROJECT).hasNotPassed("Activity_OfferFunding");
		ProcessInstance project = this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(proposal.getId())
			.singleResult();
		assertThat(project.getBusinessKey()).isEqualTo(REFERENCE);
		assertThat((String) this.engine.getRuntimeService().getVariable(project.getId(), "reference"))
			.isEqualTo(REFERENCE);
		complete(task(project));

		assertThat(proposal).isEnded().hasPassed("Event_ProjectCompleted");
	}

	@Test
	void aMatchedGrantWaitsForPledgesThatCoverIt() {
		ProcessInstance proposal = scored();

		decide(true, true);
		execute(job(proposal));

		assertThat(this.ran).last().isEqualTo("offered");
		assertThat(proposal).isWaitingAt(ProposalProcess.PLEDGE);
		assertThat(task(proposal)).hasCandidateUser("kenji").hasCandidateUser("megan");
		assertThat(formOf(this.engine, task(proposal))).isEqualTo("pledge");
		pledge("kenji", "15000");
		assertThat(proposal).as("not covered yet").isWaitingAt(ProposalProcess.PLEDGE);
		pledge("megan", "25000");
		execute(job(proposal));

		assertThat(this.ran).endsWith("offered", "kenji pledges 15000", "megan pledges 25000", "award sent");
		assertThat(proposal).isWaitingAt(ProposalProcess.PROJECT);
		assertThat(runDueJobsAt(PLEDGES_CLOSE)).as("the pledge deadline no longer matters").isZero();
	}

	@Test
	void aMatchedGrantNotCoveredByTheDeadlineIsNotFunded() {
		ProcessInstance proposal = scored();
		decide(true, true);
		execute(job(proposal));
		pledge("kenji", "15000");

		assertThat(runDueJobsAt(PLEDGES_CLOSE.minusSeconds(1))).isZero();
		assertThat(runDueJobsAt(PLEDGES_CLOSE)).isEqualTo(1);
		execute(job(proposal));

		assertThat(this.ran).endsWith("kenji pledges 15000", "not funded");
		assertThat(proposal).isEnded().hasPassed("Event_NotFunded").hasNotPassed("Activity_SendAward");
	}

	private ProcessInstance scored() {
		ClockUtil.setCurrentTime(Date.from(DECIDED.minus(Duration.ofDays(20))));
		ProcessInstance proposal = eligible();
		declare(proposal, "eva", "none");
		declare(proposal, "ezra", "none");
		complete(taskOf(proposal, ProposalProcess.SCORE, "eva"), withVariables("scores", "reach | 4 | good"));
		complete(taskOf(proposal, ProposalProcess.SCORE, "ezra"), withVariables("scores", "reach | 3 | fair"));
		assertThat(proposal).isWaitingAt(ProposalProcess.DECIDED_EVENT);
		ClockUtil.setCurrentTime(Date.from(DECIDED));
		return proposal;
	}

	private void decide(boolean awarded, boolean matched) {
		message(ProposalProcess.DECIDED, Map.of(ProposalProcess.AWARDED.name(), awarded, ProposalProcess.MATCHED.name(),
				matched, ProposalProcess.PLEDGES_CLOSE.name(), Date.from(PLEDGES_CLOSE)));
	}

	private void pledge(String funder, String amount) {
		Task task = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(REFERENCE)
			.taskDefinitionKey(ProposalProcess.PLEDGE)
			.taskCandidateUser(funder)
			.singleResult();
		this.engine.getTaskService().claim(task.getId(), funder);
		complete(this.engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult(),
				withVariables("amount", amount));
	}

	@Test
	void aConflictedEvaluatorIsReplacedByOneTheSecretariatAdds() {
		ProcessInstance proposal = eligible();

		declare(proposal, "eva", "conflict");
		declare(proposal, "ezra", "none");

		assertThat(proposal).isWaitingAt(ProposalProcess.ADD_EVALUATOR);
		Task add = task(proposal);
		assertThat(add).hasCandidateGroup("secretariat");
		assertThat(formOf(this.engine, add)).isEqualTo("evaluator-addition");
		this.engine.getTaskService().setAssignee(add.getId(), "sara");
		complete(add, withVariables("evaluator", "emil"));
		execute(job(proposal));
		assertThat(declarations(proposal)).extracting(Task::getAssignee).containsExactly("emil");
		declare(proposal, "emil", "none");

		assertThat(this.ran).containsSubsequence("eva declares conflict", "too few cleared: [ezra]",
				"added emil by sara", "conflicts found", "emil declares none", "assigned [ezra, emil]");
		assertThat(proposal).isWaitingAt(ProposalProcess.SCORE);
		assertThat(tasks(proposal, ProposalProcess.SCORE)).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("ezra", "emil");
	}

	@Test
	void withNobodyLeftToDeclareTheEvaluatorsAreAssignedAtOnce() {
		this.declarants.clear();
		this.cleared.addAll(List.of("eva", "ezra"));

		ProcessInstance proposal = eligible();

		assertThat(this.ran).endsWith("conflicts found", "assigned [eva, ezra]");
		assertThat(proposal).isWaitingAt(ProposalProcess.SCORE).hasNotPassed(ProposalProcess.DECLARE_CONFLICT);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			outside the countries | false | true  | true  | The work is outside the countries this call funds.
			not of an open kind   | true  | false | true  | The call is not open to this kind of organisation.
			not a member          | true  | true  | false | The call is open to member organisations only.
			""")
	void anIneligibleProposalIsReviewedByTheSecretariatWhoMayConfirmIt(String what, boolean country, boolean type,
			boolean member, String reason) {
		ProcessInstance proposal = start();
		submit(country, type, member);
		close();
		execute(job(proposal));

		assertThat(proposal).isWaitingAt(ProposalProcess.REVIEW_SCREENING);
		Task review = task(proposal);
		assertThat(review).hasCandidateGroup("secretariat");
		assertThat(formOf(this.engine, review)).isEqualTo("proposal-eligibility-review");
		complete(review, withVariables("decision", "confirm", "reason", "Checked against the registration."));
		execute(job(proposal));

		assertThat(this.ran).containsExactly("screened: " + reason, "confirmed: Checked against the registration.",
				"applicant told");
		assertThat(proposal).isEnded().hasPassed("Event_Ineligible");
	}

	@Test
	void theSecretariatMayOverrideAnIneligibleScreening() {
		ProcessInstance proposal = start();
		submit(false, true, true);
		close();
		execute(job(proposal));

		complete(task(proposal), withVariables("decision", "override", "reason", "Works across the border from ID."));

		execute(job(proposal));

		assertThat(this.ran).containsExactly("screened: The work is outside the countries this call funds.",
				"overridden: Works across the border from ID.", "conflicts found");
		assertThat(proposal).isWaitingAt(ProposalProcess.DECLARE_CONFLICT).hasNotPassed("Activity_NotifyIneligible");
	}

	@Test
	void aDraftMayBeWithdrawn() {
		ProcessInstance proposal = start();

		message(ProposalProcess.WITHDRAWN, Map.of());

		assertThat(this.ran).containsExactly("withdrawn");
		assertThat(proposal).isEnded().hasPassed("Event_DraftWithdrawn", "Event_ProposalWithdrawn");
	}

	@Test
	void aSubmittedProposalMayBeWithdrawnBeforeTheClose() {
		ProcessInstance proposal = start();
		submit(true, true, true);

		message(ProposalProcess.WITHDRAWN, Map.of());

		assertThat(this.ran).containsExactly("withdrawn");
		assertThat(proposal).isEnded().hasPassed("Event_Withdrawn").hasNotPassed(ProposalProcess.SCREEN_ELIGIBILITY);
	}

	@Test
	void aDraftCaughtByTheCloseLapsesAndCanNoLongerBeSubmitted() {
		ProcessInstance proposal = start();

		close();

		assertThat(this.ran).containsExactly("lapsed");
		assertThat(proposal).isEnded().hasPassed("Event_Lapsed");
		assertThat(this.engine.getRuntimeService()
			.createMessageCorrelation(ProposalProcess.SUBMITTED)
			.processInstanceBusinessKey(REFERENCE)
			.correlateAllWithResult()).isEmpty();
	}

	@Test
	void theCloseReachesOnlyTheProposalsOfItsRfp() {
		ProcessInstance mine = start();
		ProcessInstance other = this.engine.getRuntimeService()
			.startProcessInstanceByKey(ProposalProcess.KEY, "RFP-2027-02-P001", Map.of(ProposalProcess.REFERENCE.name(),
					"RFP-2027-02-P001", ProposalProcess.RFP_ID.name(), UUID.randomUUID().toString()));

		close();

		assertThat(mine).isEnded();
		assertThat(other).isWaitingAt("Gateway_Drafting");
	}

	private ProcessInstance eligible() {
		ProcessInstance proposal = start();
		submit(true, true, true);
		close();
		execute(job(proposal));
		execute(job(proposal));
		return proposal;
	}

	private List<Task> declarations(ProcessInstance proposal) {
		return tasks(proposal, ProposalProcess.DECLARE_CONFLICT);
	}

	private List<Task> tasks(ProcessInstance proposal, String key) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(proposal.getId())
			.taskDefinitionKey(key)
			.list();
	}

	private Task taskOf(ProcessInstance proposal, String key, String assignee) {
		return tasks(proposal, key).stream().filter((t) -> assignee.equals(t.getAssignee())).findFirst().orElseThrow();
	}

	private void declare(ProcessInstance proposal, String evaluator, String conflict) {
		Task task = declarations(proposal).stream()
			.filter((t) -> evaluator.equals(t.getAssignee()))
			.findFirst()
			.orElseThrow();
		complete(task, withVariables("conflict", conflict, "reason", conflict.equals("none") ? null : "My NGO."));
	}

	private ProcessInstance start() {
		return this.engine.getRuntimeService()
			.startProcessInstanceByKey(ProposalProcess.KEY, REFERENCE,
					Map.of(ProposalProcess.REFERENCE.name(), REFERENCE, ProposalProcess.RFP_ID.name(), RFP.toString()));
	}

	private void submit(boolean country, boolean type, boolean member) {
		message(ProposalProcess.SUBMITTED,
				Map.of("countryAllowed", country, "typeAllowed", type, "memberRuleMet", member));
	}

	private void message(String name, Map<String, Object> variables) {
		assertThat(this.engine.getRuntimeService()
			.createMessageCorrelation(name)
			.processInstanceBusinessKey(REFERENCE)
			.setVariables(variables)
			.correlateAllWithResult()).hasSize(1);
	}

	private void close() {
		this.engine.getRuntimeService()
			.createMessageCorrelation(ProposalProcess.SUBMISSIONS_CLOSED)
			.processInstanceVariableEquals(ProposalProcess.RFP_ID.name(), RFP.toString())
			.correlateAllWithResult();
	}

}

package org.gavel.grants.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
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
 * to correlate.
 */
@Deployment(resources = { "processes/proposal.bpmn", "processes/proposal-eligibility.dmn" })
class ProposalProcessScenarioTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ScenarioEngine.extension();

	static final UUID RFP = UUID.fromString("00000000-0000-0000-0000-00000000f0f1");

	static final String REFERENCE = "RFP-2027-01-P001";

	ProcessEngine engine;

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
		Mocks.register("addEvaluatorListener", (TaskListener) (task) -> {
			String evaluator = ProposalProcess.EVALUATOR.from(task);
			this.ran.add("added " + evaluator + " by " + task.getAssignee());
			this.declarants.add(evaluator);
		});
	}

	@AfterEach
	void resetStubs() {
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
		assertThat(proposal).isEnded()
			.hasPassed("Event_Scored")
			.hasNotPassed(ProposalProcess.REVIEW_SCREENING, ProposalProcess.ADD_EVALUATOR);
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

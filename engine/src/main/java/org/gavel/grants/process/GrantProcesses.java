package org.gavel.grants.process;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.gavel.forms.TaskForms;
import org.gavel.grants.DraftingRfp;
import org.gavel.grants.IssuingAddendum;
import org.gavel.grants.StartingProposal;
import org.gavel.grants.SubmittingProposal;
import org.gavel.grants.WithdrawingProposal;
import org.gavel.grants.model.Addendum;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.Reference;
import org.gavel.system.Outcome;
import org.gavel.system.RefusalsRollBack;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the grant cycle's processes: an {@code RfpProcess} per RFP and a
 * {@code ProposalProcess} per proposal, each started in the transaction that stores its
 * record; the applicant's submission and withdrawal and an addendum's new deadline are
 * messages to them, in the transaction of the use case, so that both happen or neither.
 * The secretariat's screening review is completed through {@link TaskForms}, as Tasklist
 * does.
 */
@Service
public class GrantProcesses {

	private final DraftingRfp drafting;

	private final IssuingAddendum addenda;

	private final StartingProposal starting;

	private final SubmittingProposal submitting;

	private final WithdrawingProposal withdrawing;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final TaskForms taskForms;

	private final TransactionTemplate transactions;

	GrantProcesses(DraftingRfp drafting, IssuingAddendum addenda, StartingProposal starting,
			SubmittingProposal submitting, WithdrawingProposal withdrawing, RuntimeService runtime, TaskService tasks,
			TaskForms taskForms, TransactionTemplate transactions) {
		this.drafting = drafting;
		this.addenda = addenda;
		this.starting = starting;
		this.submitting = submitting;
		this.withdrawing = withdrawing;
		this.runtime = runtime;
		this.tasks = tasks;
		this.taskForms = taskForms;
		this.transactions = transactions;
	}

	/**
	 * Stores an RFP and sends it to the EC, both or neither.
	 * @param draft the chair's draft
	 * @return the RFP, or every problem by its field
	 */
	public Outcome<Call> draft(DraftingRfp.Draft draft) {
		return RefusalsRollBack.in(this.transactions,
				() -> this.drafting.draft(draft)
					.ifAccepted((call) -> this.runtime.startProcessInstanceByKey(RfpProcess.KEY,
							call.reference().toString(), RfpProcess.startingWith(call))));
	}

	/**
	 * Issues an addendum; a new deadline moves the RFP's deadline timer.
	 * @param issue the addendum
	 * @return the addendum, or why not (nothing written)
	 */
	public Outcome<Addendum> addendum(IssuingAddendum.Issue issue) {
		return RefusalsRollBack.in(this.transactions, () -> this.addenda.issue(issue).then((addendum) -> {
			if (!addendum.movesDeadline()) {
				return Outcome.accepted(addendum);
			}
			List<MessageCorrelationResult> moved = this.runtime.createMessageCorrelation(RfpProcess.DEADLINE_MOVED)
				.processInstanceBusinessKey(issue.rfp().toString())
				.setVariable(RfpProcess.DEADLINE.name(), Date.from(addendum.newDeadline()))
				.correlateAllWithResult();
			return moved.isEmpty() ? Outcome.refused("The submissions of " + issue.rfp() + " are closing.")
					: Outcome.accepted(addendum);
		}));
	}

	/**
	 * Starts a proposal and its process, both or neither.
	 * @param start the applicant's first draft
	 * @return the draft, or each problem by its field
	 */
	public Outcome<Proposal> start(StartingProposal.Start start) {
		return RefusalsRollBack.in(this.transactions,
				() -> this.starting.start(start)
					.ifAccepted((proposal) -> this.runtime.startProcessInstanceByKey(ProposalProcess.KEY,
							proposal.reference().toString(), ProposalProcess.startingWith(proposal))));
	}

	/**
	 * Submits a proposal; its process learns what the eligibility table will be asked.
	 * @param proposal the proposal
	 * @param applicant the signed-in applicant
	 * @param zone their zone
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> submit(Reference proposal, String applicant, ZoneId zone) {
		return RefusalsRollBack.in(this.transactions, () -> this.submitting.submit(proposal, applicant, zone)
			.then((eligibility) -> correlate(proposal, ProposalProcess.SUBMITTED, eligibility.variables())));
	}

	/**
	 * Withdraws a proposal until the deadline; its process records it.
	 * @param proposal the proposal
	 * @param applicant the signed-in applicant
	 * @param zone their zone
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> withdraw(Reference proposal, String applicant, ZoneId zone) {
		return RefusalsRollBack.in(this.transactions, () -> this.withdrawing.mayWithdraw(proposal, applicant, zone)
			.then((p) -> correlate(proposal, ProposalProcess.WITHDRAWN, Map.of())));
	}

	private Outcome<Outcome.Done> correlate(Reference proposal, String message, Map<String, Object> variables) {
		List<MessageCorrelationResult> correlated = this.runtime.createMessageCorrelation(message)
			.processInstanceBusinessKey(proposal.toString())
			.setVariables(variables)
			.correlateAllWithResult();
		return correlated.isEmpty() ? Outcome.refused("Proposal " + proposal + " is past that step.") : Outcome.done();
	}

	/**
	 * The conflict declarations waiting for an evaluator.
	 * @param evaluator the evaluator
	 * @return their tasks, one per proposal
	 */
	public List<Task> declarationsOf(String evaluator) {
		return this.tasks.createTaskQuery()
			.processDefinitionKey(ProposalProcess.KEY)
			.taskDefinitionKey(ProposalProcess.DECLARE_CONFLICT)
			.taskAssignee(evaluator)
			.list();
	}

	/**
	 * The proposal a task of {@code ProposalProcess} is about.
	 * @param task the task
	 * @return the proposal's reference
	 */
	public String businessKeyOf(Task task) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult()
			.getBusinessKey();
	}

	/**
	 * Completes an evaluator's declaration on a proposal, as that evaluator.
	 * @param proposal the proposal
	 * @param evaluator the signed-in evaluator
	 * @param values the form's values
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> declare(Reference proposal, String evaluator, Map<String, Object> values) {
		return task(proposal, ProposalProcess.DECLARE_CONFLICT, evaluator)
			.map((task) -> this.taskForms.submit(task, evaluator, values))
			.orElseGet(() -> Outcome.refused("No declaration on " + proposal + " waits for you."));
	}

	/**
	 * The secretariat's open task to add an evaluator to a proposal.
	 * @param proposal the proposal
	 * @return the task
	 */
	public Optional<Task> evaluatorNeeded(Reference proposal) {
		return task(proposal, ProposalProcess.ADD_EVALUATOR, null);
	}

	/**
	 * Adds an evaluator to a proposal's panel, as the signed-in person of the
	 * secretariat.
	 * @param proposal the proposal
	 * @param user who acts
	 * @param values the form's values
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> addEvaluator(Reference proposal, String user, Map<String, Object> values) {
		return evaluatorNeeded(proposal).map((task) -> this.taskForms.submit(task, user, values))
			.orElseGet(() -> Outcome.refused("Proposal " + proposal + " needs no evaluator added."));
	}

	/**
	 * Whether an evaluator's scoring of a proposal waits.
	 * @param proposal the proposal
	 * @param evaluator the evaluator
	 * @return true when their "Score the proposal" task is open
	 */
	public boolean scoringWaits(Reference proposal, String evaluator) {
		return task(proposal, ProposalProcess.SCORE, evaluator).isPresent();
	}

	/**
	 * Completes an evaluator's scoring, as that evaluator.
	 * @param proposal the proposal
	 * @param evaluator the signed-in evaluator
	 * @param values the score form's values
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> score(Reference proposal, String evaluator, Map<String, Object> values) {
		return task(proposal, ProposalProcess.SCORE, evaluator)
			.map((task) -> this.taskForms.submit(task, evaluator, values))
			.orElseGet(() -> Outcome.refused("No scoring of " + proposal + " waits for you."));
	}

	/**
	 * The panel meeting of a call, if it waits for this person.
	 * @param rfp the call
	 * @param user who asks
	 * @return the task
	 */
	public Optional<Task> panelMeeting(Reference rfp, String user) {
		return this.tasks.createTaskQuery()
			.processDefinitionKey(RfpProcess.KEY)
			.processInstanceBusinessKey(rfp.toString())
			.taskDefinitionKey(RfpProcess.PANEL_MEETING)
			.taskAssignee(user)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Records the panel meeting, as the chair whose task it is.
	 * @param rfp the call
	 * @param user the signed-in chair
	 * @param values the form's values
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> holdPanelMeeting(Reference rfp, String user, Map<String, Object> values) {
		return panelMeeting(rfp, user).map((task) -> this.taskForms.submit(task, user, values))
			.orElseGet(() -> Outcome.refused("The panel meeting of " + rfp + " does not wait for you."));
	}

	/**
	 * The recommendation of a call, if it waits for this person (its chair).
	 * @param rfp the call
	 * @param user who asks
	 * @return the task
	 */
	public Optional<Task> recommendation(Reference rfp, String user) {
		return this.tasks.createTaskQuery()
			.processDefinitionKey(RfpProcess.KEY)
			.processInstanceBusinessKey(rfp.toString())
			.taskDefinitionKey(RfpProcess.RECOMMEND)
			.taskAssignee(user)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Records the working group's recommendation, as the chair whose task it is.
	 * @param rfp the call
	 * @param user the signed-in chair
	 * @param values the form's values
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> recommend(Reference rfp, String user, Map<String, Object> values) {
		return recommendation(rfp, user).map((task) -> this.taskForms.submit(task, user, values))
			.orElseGet(() -> Outcome.refused("No recommendation on " + rfp + " waits for you."));
	}

	/**
	 * Whether a proposal's grant waits for pledges from this person.
	 * @param proposal the proposal
	 * @param user who asks
	 * @return the open pledge task they are a candidate of
	 */
	public Optional<Task> pledging(Reference proposal, String user) {
		return this.tasks.createTaskQuery()
			.processDefinitionKey(ProposalProcess.KEY)
			.processInstanceBusinessKey(proposal.toString())
			.taskDefinitionKey(ProposalProcess.PLEDGE)
			.taskCandidateUser(user)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Records a pledge, as the signed-in person of a funding member.
	 * @param proposal the proposal
	 * @param user who pledges
	 * @param values the pledge form's values
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> pledge(Reference proposal, String user, Map<String, Object> values) {
		return pledging(proposal, user).map((task) -> this.taskForms.submit(task, user, values))
			.orElseGet(() -> Outcome.refused("Proposal " + proposal + " is not open for your pledges."));
	}

	/**
	 * A project's open task of a kind: the plan, a report or a review.
	 * @param proposal the funded proposal
	 * @param key the task's id in {@code project.bpmn}
	 * @param milestone the milestone, or {@code null} for the plan
	 * @return the task
	 */
	public Optional<Task> projectTask(Reference proposal, String key, Integer milestone) {
		return this.tasks.createTaskQuery()
			.processDefinitionKey(ProjectProcess.KEY)
			.processInstanceBusinessKey(proposal.toString())
			.taskDefinitionKey(key)
			.list()
			.stream()
			.filter((task) -> milestone == null || milestone
				.equals(this.runtime.getVariable(task.getExecutionId(), ProjectProcess.MILESTONE.name())))
			.findFirst();
	}

	/**
	 * Completes a project's task, as the signed-in person: the secretariat's plan or
	 * review, the grantee's report (whose task is assigned to them).
	 * @param proposal the funded proposal
	 * @param key the task's id
	 * @param milestone the milestone, or {@code null} for the plan
	 * @param user who acts
	 * @param values the form's values
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> completeProjectTask(Reference proposal, String key, Integer milestone, String user,
			Map<String, Object> values) {
		return projectTask(proposal, key, milestone)
			.filter((task) -> task.getAssignee() == null || task.getAssignee().equals(user))
			.map((task) -> this.taskForms.submit(task, user, values))
			.orElseGet(() -> Outcome.refused("That step of project " + proposal + " does not wait for you."));
	}

	private Optional<Task> task(Reference proposal, String key, String assignee) {
		TaskQuery query = this.tasks.createTaskQuery()
			.processDefinitionKey(ProposalProcess.KEY)
			.processInstanceBusinessKey(proposal.toString())
			.taskDefinitionKey(key);
		return ((assignee != null) ? query.taskAssignee(assignee) : query).list().stream().findFirst();
	}

	/**
	 * The open screening review of a proposal.
	 * @param proposal the proposal
	 * @return the task
	 */
	public Optional<Task> screeningReview(Reference proposal) {
		return task(proposal, ProposalProcess.REVIEW_SCREENING, null);
	}

	/**
	 * Completes a screening review as the signed-in person of the secretariat.
	 * @param proposal the proposal
	 * @param user who acts
	 * @param values the form's values
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> reviewScreening(Reference proposal, String user, Map<String, Object> values) {
		return screeningReview(proposal).map((task) -> this.taskForms.submit(task, user, values))
			.orElseGet(() -> Outcome.refused("The screening of " + proposal + " is not waiting for review."));
	}

}

package org.gavel.approvals.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gavel.forms.TaskForms;
import org.gavel.system.Outcome;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Service;

/**
 * Runs approvals as {@code EcApprovalProcess} instances: submitting starts one (its first
 * step registers the item, so a refusal leaves nothing behind); the portal completes its
 * user tasks as Tasklist would, and closes a review round by message.
 */
@Service
public class ApprovalProcesses {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final TaskForms taskForms;

	ApprovalProcesses(RuntimeService runtime, TaskService tasks, TaskForms taskForms) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.taskForms = taskForms;
	}

	/**
	 * Submits an item to the EC: the process's first step registers it.
	 * @param input the item
	 * @return the approval's id, or why the item is refused (nothing stored)
	 */
	public Outcome<UUID> submit(EcApprovalProcess.Input input) {
		try {
			return Outcome.accepted(
					EcApprovalProcess.APPROVAL_ID.from(this.runtime.createProcessInstanceByKey(EcApprovalProcess.KEY)
						.setVariables(input.variables())
						.executeWithVariablesInReturn()
						.getVariables()));
		}
		catch (RuntimeException ex) {
			return Outcome.refused(InputRefusedException.in(ex).orElseThrow(() -> ex).refusal());
		}
	}

	/**
	 * The task of an approval waiting for a person, if any.
	 * @param approval the approval
	 * @param taskKey e.g. {@link EcApprovalProcess#REVIEW_ITEM}
	 * @param user the person
	 * @return the task
	 */
	public Optional<Task> waitingFor(UUID approval, String taskKey, String user) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(approval.toString())
			.processDefinitionKey(EcApprovalProcess.KEY)
			.taskDefinitionKey(taskKey)
			.taskAssignee(user)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Completes a person's task by submitting the form's values, as Tasklist does.
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> complete(UUID approval, String taskKey, String user, Map<String, Object> values) {
		return waitingFor(approval, taskKey, user).map((task) -> this.taskForms.submit(task, user, values))
			.orElseGet(() -> Outcome.refused("Nothing of this item is waiting for you."));
	}

	/**
	 * Closes the current review round before everyone has responded.
	 * @param approval the approval
	 * @param by the chair or the secretariat
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> closeRound(UUID approval, String by) {
		try {
			this.runtime.createMessageCorrelation(EcApprovalProcess.REVIEW_ROUND_CLOSED)
				.processInstanceBusinessKey(approval.toString())
				.setVariables(EcApprovalProcess.CLOSED_BY.with(by))
				.correlate();
			return Outcome.done();
		}
		catch (MismatchingMessageCorrelationException ex) {
			return Outcome.refused("This item has no review round open.");
		}
	}

	/**
	 * The user tasks open on an approval.
	 * @param approval the approval
	 * @return the tasks
	 */
	public List<Task> open(UUID approval) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(approval.toString())
			.processDefinitionKey(EcApprovalProcess.KEY)
			.list();
	}

}

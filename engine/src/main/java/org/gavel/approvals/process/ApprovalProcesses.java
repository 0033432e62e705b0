package org.gavel.approvals.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gavel.forms.InputRefusedException;
import org.gavel.forms.TaskForms;
import org.gavel.approvals.Approving;

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
	 * Submits an item to the EC.
	 * @param item the item
	 * @param revisionForm the form of its revision task, or {@code null} for
	 * {@code ec-revision}
	 * @return the approval's id
	 * @throws InputRefusedException when the item is refused (nothing stored)
	 */
	public UUID submit(Approving.RegisterItem item, String revisionForm) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(EcApprovalProcess.ITEM_TYPE, item.type().name());
		variables.put(EcApprovalProcess.TITLE, item.title());
		variables.put(EcApprovalProcess.SUBJECT, item.subject());
		variables.put(EcApprovalProcess.VERSION, item.version());
		variables.put(EcApprovalProcess.WORKING_GROUP, item.workingGroup());
		variables.put(EcApprovalProcess.SUBMITTED_BY, item.submittedBy());
		variables.put(EcApprovalProcess.MAX_ROUNDS, item.maxRounds());
		variables.put(EcApprovalProcess.REVISION_FORM, revisionForm);
		try {
			return UUID.fromString(this.runtime.createProcessInstanceByKey(EcApprovalProcess.KEY)
				.setVariables(variables)
				.executeWithVariablesInReturn()
				.getVariables()
				.getValue(EcApprovalProcess.APPROVAL_ID, String.class));
		}
		catch (RuntimeException ex) {
			throw InputRefusedException.in(ex).orElseThrow(() -> ex);
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
	 * @return empty when done, else why not (nothing changed)
	 */
	public Optional<String> complete(UUID approval, String taskKey, String user, Map<String, Object> values) {
		Task task = waitingFor(approval, taskKey, user).orElse(null);
		if (task == null) {
			return Optional.of("Nothing of this item is waiting for you.");
		}
		return this.taskForms.submit(task, user, values);
	}

	/**
	 * Closes the current review round before everyone has responded.
	 * @param approval the approval
	 * @param by the chair or the secretariat
	 * @return empty when closed, else why not
	 */
	public Optional<String> closeRound(UUID approval, String by) {
		try {
			this.runtime.createMessageCorrelation(EcApprovalProcess.REVIEW_ROUND_CLOSED)
				.processInstanceBusinessKey(approval.toString())
				.setVariable("closedBy", by)
				.correlate();
			return Optional.empty();
		}
		catch (MismatchingMessageCorrelationException ex) {
			return Optional.of("This item has no review round open.");
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

package org.gavel.forms;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a user task from the portal as Tasklist does: the task is claimed for the
 * person when it was offered to a group, then its form is submitted, so the same form
 * check and task listeners run; a refusal rolls everything back and comes back as the
 * message to show.
 */
@Component
public class TaskForms {

	private final TaskService tasks;

	private final FormService forms;

	private final TransactionTemplate transactions;

	TaskForms(TaskService tasks, FormService forms, TransactionTemplate transactions) {
		this.tasks = tasks;
		this.forms = forms;
		this.transactions = transactions;
	}

	/**
	 * Submits a task's form.
	 * @param task the task
	 * @param user who submits it
	 * @param values the form's values
	 * @return empty when the task is complete, else why not (nothing changed)
	 */
	public Optional<String> submit(Task task, String user, Map<String, Object> values) {
		return this.transactions.execute((status) -> {
			try {
				if (task.getAssignee() == null) {
					this.tasks.setAssignee(task.getId(), user);
				}
				// as Tasklist submits a form: a variable the task holds itself (a
				// revision form's current text) takes the submitted value
				this.forms.submitTaskForm(task.getId(), values);
				return Optional.empty();
			}
			catch (ProcessEngineException ex) {
				status.setRollbackOnly();
				Throwable reason = ex;
				while (reason.getCause() != null) {
					reason = reason.getCause();
				}
				return Optional.of(reason.getMessage());
			}
		});
	}

}

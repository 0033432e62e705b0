package org.gavel.forms;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a user task from the portal as Tasklist does, as the signed-in person: the
 * engine is told who they are and which groups they are in, so its authorizations and
 * rules apply as they do to Tasklist and the REST API; a task offered to one of their
 * groups is claimed for them, then its form is submitted, so the same form check and task
 * listeners run. A refusal rolls everything back and comes back as the message to show.
 */
@Component
public class TaskForms {

	private final TaskService tasks;

	private final FormService forms;

	private final IdentityService identities;

	private final TransactionTemplate transactions;

	TaskForms(TaskService tasks, FormService forms, IdentityService identities, TransactionTemplate transactions) {
		this.tasks = tasks;
		this.forms = forms;
		this.identities = identities;
		this.transactions = transactions;
	}

	/**
	 * Submits a task's form.
	 * @param task the task
	 * @param user who submits it: the signed-in person
	 * @param values the form's values
	 * @return done when the task is complete, else why not (nothing changed)
	 */
	public Outcome<Outcome.Done> submit(Task task, String user, Map<String, Object> values) {
		List<String> groups = this.identities.createGroupQuery()
			.groupMember(user)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		this.identities.setAuthentication(user, groups);
		try {
			return this.transactions.execute((status) -> {
				try {
					if (task.getAssignee() == null) {
						this.tasks.claim(task.getId(), user);
					}
					// as Tasklist submits a form: a variable the task holds itself (a
					// revision form's current text) takes the submitted value
					this.forms.submitTaskForm(task.getId(), values);
					return Outcome.done();
				}
				catch (ProcessEngineException ex) {
					status.setRollbackOnly();
					return Outcome.<Outcome.Done>refused(
							InputRefusedException.in(ex).map(InputRefusedException::refusal).orElseGet(() -> {
								FormsLog.TASK_NOT_COMPLETED.log(ex, task.getId(), user);
								return Refusal.of("The task could not be completed: "
										+ "something went wrong on our side and has been logged.");
							}));
				}
			});
		}
		finally {
			this.identities.clearAuthentication();
		}
	}

}

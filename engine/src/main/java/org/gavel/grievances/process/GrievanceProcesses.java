package org.gavel.grievances.process;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.task.Task;
import org.gavel.forms.TaskForms;
import org.gavel.grievances.CompletingGrievance;
import org.gavel.grievances.FilingGrievance;
import org.gavel.grievances.GrievanceSettings;
import org.gavel.grievances.LodgingAppeal;
import org.gavel.grievances.WithdrawingGrievance;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.system.Outcome;
import org.gavel.system.RefusalsRollBack;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs grievances as {@code GrievanceProcess} instances, one per case, its business key
 * the case number: filing starts one in the filing's transaction; the complainant's
 * completion and withdrawal are messages to it; the secretariat's tasks are completed
 * through {@link TaskForms}, as Tasklist does.
 */
@Service
public class GrievanceProcesses {

	private final FilingGrievance filing;

	private final CompletingGrievance completing;

	private final WithdrawingGrievance withdrawing;

	private final LodgingAppeal appealing;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final TaskForms taskForms;

	private final TransactionTemplate transactions;

	private final GrievanceSettings settings;

	GrievanceProcesses(FilingGrievance filing, CompletingGrievance completing, WithdrawingGrievance withdrawing,
			LodgingAppeal appealing, RuntimeService runtime, TaskService tasks, TaskForms taskForms,
			TransactionTemplate transactions, GrievanceSettings settings) {
		this.settings = settings;
		this.filing = filing;
		this.completing = completing;
		this.withdrawing = withdrawing;
		this.appealing = appealing;
		this.runtime = runtime;
		this.tasks = tasks;
		this.taskForms = taskForms;
		this.transactions = transactions;
	}

	/**
	 * Files a grievance and starts its process, both or neither.
	 * @param submission what was submitted
	 * @return what was filed, or the refusal by its field
	 */
	public Outcome<FilingGrievance.Filed> file(FilingGrievance.Filing submission) {
		return RefusalsRollBack.in(this.transactions, () -> this.filing.file(submission).ifAccepted((filed) -> {
			if (!filed.again()) {
				this.runtime.startProcessInstanceByKey(GrievanceProcess.KEY, filed.number().toString(),
						GrievanceProcess.startingWith(filed.grievance(),
								this.settings.calendar()
									.reminderBefore(filed.grievance().filedAt(), this.settings.acknowledgeWithin(),
											this.settings.acknowledgeReminderBefore())));
			}
		}));
	}

	/**
	 * The complainant completes a case returned as incomplete; it goes back to the
	 * secretariat's completeness check.
	 * @param completion the answer and files
	 * @return done, or the refusal by its field
	 */
	public Outcome<Outcome.Done> complete(CompletingGrievance.Completion completion) {
		return RefusalsRollBack.in(this.transactions, () -> this.completing.complete(completion).ifAccepted((done) -> {
			this.runtime.createMessageCorrelation(GrievanceProcess.INFORMATION_COMPLETED)
				.processInstanceBusinessKey(completion.number().toString())
				.correlateAll();
		}));
	}

	/**
	 * The complainant withdraws a case: whatever is open on it ends.
	 * @param number the case
	 * @param reason why, or {@code null}
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> withdraw(CaseNumber number, String reason) {
		return RefusalsRollBack.in(this.transactions, () -> {
			try {
				List<MessageCorrelationResult> correlated = this.runtime
					.createMessageCorrelation(GrievanceProcess.WITHDRAWAL_REQUESTED)
					.processInstanceBusinessKey(number.toString())
					.setVariables(GrievanceProcess.WITHDRAWAL_REASON.with(reason))
					.correlateAllWithResult();
				// a case whose process has ended (routed on) is withdrawn directly
				return correlated.isEmpty()
						? this.withdrawing.withdraw(new WithdrawingGrievance.Withdrawal(number, reason))
						: Outcome.done();
			}
			catch (RuntimeException ex) {
				return Outcome.refused(InputRefusedException.in(ex).orElseThrow(() -> ex).refusal());
			}
		});
	}

	/**
	 * A party appeals the panel's decision: the appeal is recorded and the process leaves
	 * its appeal window for the appeal panel, both or neither.
	 * @param lodging who appeals which case, on what grounds
	 * @return done, or why not (nothing written)
	 */
	public Outcome<Outcome.Done> appeal(LodgingAppeal.Lodging lodging) {
		return RefusalsRollBack.in(this.transactions, () -> this.appealing.lodge(lodging).then((appeal) -> {
			List<MessageCorrelationResult> correlated = this.runtime
				.createMessageCorrelation(GrievanceProcess.APPEAL_LODGED)
				.processInstanceBusinessKey(lodging.number().toString())
				.correlateAllWithResult();
			return correlated.isEmpty()
					? Outcome.refused("The appeal window of case " + lodging.number() + " has closed.")
					: Outcome.done();
		}));
	}

	/**
	 * The open task of a case at a step, for the secretariat.
	 * @param number the case
	 * @param taskKey e.g. {@link GrievanceProcess#ACKNOWLEDGE}
	 * @return the task
	 */
	public Optional<Task> open(CaseNumber number, String taskKey) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(number.toString())
			.processDefinitionKey(GrievanceProcess.KEY)
			.taskDefinitionKey(taskKey)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * The user tasks open on a case.
	 * @param number the case
	 * @return the tasks
	 */
	public List<Task> open(CaseNumber number) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(number.toString())
			.processDefinitionKey(GrievanceProcess.KEY)
			.list();
	}

	/**
	 * Completes a task of a case by submitting its form's values, as the signed-in
	 * person.
	 * @param number the case
	 * @param taskKey the step
	 * @param user who acts
	 * @param values the form's values
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> complete(CaseNumber number, String taskKey, String user, Map<String, Object> values) {
		return open(number, taskKey).map((task) -> this.taskForms.submit(task, user, values))
			.orElseGet(() -> Outcome.refused("Nothing of case " + number + " is waiting at this step."));
	}

}

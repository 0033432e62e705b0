package org.gavel.grievances.process;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gavel.grievances.model.CaseNumber;

import org.springframework.stereotype.Component;

/**
 * The decision's deadline as a case's process holds it: the variable
 * {@link GrievanceProcess#DECIDE_BY}, the due date of the open
 * {@link GrievanceProcess#DECIDE} task, and the timer of
 * {@link GrievanceProcess#DECISION_OVERDUE}. While the complainant is waited for, the
 * timer is held (suspended), so no overdue alert goes out while the clock stands still;
 * when the clock runs again all three move to the new deadline and the timer runs. A case
 * whose decision is not due yet has none of them, and nothing is done.
 */
@Component
class DecisionDeadline {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	DecisionDeadline(RuntimeService runtime, TaskService tasks, ManagementService management) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
	}

	/**
	 * Holds the decision's overdue timer, if it is set.
	 * @param number the case
	 */
	void hold(CaseNumber number) {
		instance(number).flatMap(this::timer)
			.filter((job) -> !job.isSuspended())
			.ifPresent((job) -> this.management.suspendJobById(job.getId()));
	}

	/**
	 * Holds the overdue timer of a decision task as it is created, in the same
	 * transaction: the clock starts while the complainant is already waited for (a
	 * question put to them before the respondent replied, or still open when the panel
	 * decides again after a failed vote). The timer is not in the database yet, so it is
	 * held on the task's execution, where the engine keeps it until the transaction ends.
	 * @param task the decision task being created
	 */
	void holdOnCreate(DelegateTask task) {
		for (JobEntity job : ((ExecutionEntity) task.getExecution()).getJobs()) {
			if (GrievanceProcess.DECISION_OVERDUE.equals(job.getActivityId())) {
				job.setSuspensionState(SuspensionState.SUSPENDED.getStateCode());
			}
		}
	}

	/**
	 * Lets the decision clock run again: moves the deadline if it moved, and releases the
	 * timer.
	 * @param number the case
	 * @param decideBy the new deadline, or empty if it stays
	 */
	void restart(CaseNumber number, Optional<Instant> decideBy) {
		instance(number).ifPresent((instance) -> {
			decideBy.ifPresent((deadline) -> move(instance, deadline));
			timer(instance).filter(Job::isSuspended).ifPresent((job) -> this.management.activateJobById(job.getId()));
		});
	}

	private void move(ProcessInstance instance, Instant deadline) {
		GrievanceProcess.DECIDE_BY.set(this.runtime, instance.getId(), deadline);
		Task decide = this.tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(GrievanceProcess.DECIDE)
			.singleResult();
		if (decide != null) {
			decide.setDueDate(Date.from(deadline));
			this.tasks.saveTask(decide);
		}
		timer(instance).ifPresent((job) -> this.management.setJobDuedate(job.getId(), Date.from(deadline)));
	}

	private Optional<ProcessInstance> instance(CaseNumber number) {
		return Optional.ofNullable(this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(GrievanceProcess.KEY)
			.processInstanceBusinessKey(number.toString())
			.singleResult());
	}

	private Optional<Job> timer(ProcessInstance instance) {
		return Optional.ofNullable(this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(GrievanceProcess.DECISION_OVERDUE)
			.singleResult());
	}

}

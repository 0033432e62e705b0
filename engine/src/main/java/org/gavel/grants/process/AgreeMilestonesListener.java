package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grants.RunningProjects;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * "Agree the milestones", completed: the plan is recorded as the secretariat's who
 * completed the task.
 */
@Component("agreeMilestonesListener")
class AgreeMilestonesListener implements TaskListener {

	private final RunningProjects projects;

	AgreeMilestonesListener(RunningProjects projects) {
		this.projects = projects;
	}

	@Override
	public void notify(DelegateTask task) {
		this.projects
			.plan(ProjectProcess.reference(task), task.getAssignee(),
					ProjectProcess.MILESTONES.optional(task).orElse(null))
			.orElseThrow(InputRefusedException::new);
	}

}

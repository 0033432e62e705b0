package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grants.RunningProjects;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/** "Report on the milestone", completed: the report is recorded as the grantee's. */
@Component("milestoneReportListener")
class MilestoneReportListener implements TaskListener {

	private final RunningProjects projects;

	MilestoneReportListener(RunningProjects projects) {
		this.projects = projects;
	}

	@Override
	public void notify(DelegateTask task) {
		this.projects
			.report(ProjectProcess.reference(task), ProjectProcess.MILESTONE.from(task), task.getAssignee(),
					ProjectProcess.REPORT.optional(task).orElse(null))
			.orElseThrow(InputRefusedException::new);
	}

}

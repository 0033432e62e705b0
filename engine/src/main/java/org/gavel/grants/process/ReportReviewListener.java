package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grants.RunningProjects;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * "Review the report", completed: accepted or returned with comments, as the
 * secretariat's who completed the task.
 */
@Component("reportReviewListener")
class ReportReviewListener implements TaskListener {

	private final RunningProjects projects;

	ReportReviewListener(RunningProjects projects) {
		this.projects = projects;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean accepted = "accept".equals(ProjectProcess.DECISION.optional(task).orElse(null));
		this.projects
			.review(ProjectProcess.reference(task), ProjectProcess.MILESTONE.from(task), task.getAssignee(), accepted,
					ProjectProcess.COMMENTS.optional(task).orElse(null))
			.orElseThrow(InputRefusedException::new);
		ProjectProcess.ACCEPTED.set(task.getExecution(), accepted);
	}

}

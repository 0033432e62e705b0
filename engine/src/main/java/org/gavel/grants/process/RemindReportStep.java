package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.RunningProjects;

import org.springframework.stereotype.Component;

/** "Remind the grantee": a report is due soon. */
@Component("remindReportStep")
class RemindReportStep implements JavaDelegate {

	private final RunningProjects projects;

	RemindReportStep(RunningProjects projects) {
		this.projects = projects;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.projects.remind(ProjectProcess.reference(execution), ProjectProcess.MILESTONE.from(execution));
	}

}

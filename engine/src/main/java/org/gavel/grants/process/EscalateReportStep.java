package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.RunningProjects;

import org.springframework.stereotype.Component;

/** "Mark it overdue; tell the secretariat": a report's due date passed. */
@Component("escalateReportStep")
class EscalateReportStep implements JavaDelegate {

	private final RunningProjects projects;

	EscalateReportStep(RunningProjects projects) {
		this.projects = projects;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.projects.overdue(ProjectProcess.reference(execution), ProjectProcess.MILESTONE.from(execution));
	}

}

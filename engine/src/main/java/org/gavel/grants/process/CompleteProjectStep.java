package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.RunningProjects;

import org.springframework.stereotype.Component;

/** "Complete the project": every milestone is accepted. */
@Component("completeProjectStep")
class CompleteProjectStep implements JavaDelegate {

	private final RunningProjects projects;

	CompleteProjectStep(RunningProjects projects) {
		this.projects = projects;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.projects.complete(ProjectProcess.reference(execution)).orElseThrow();
	}

}

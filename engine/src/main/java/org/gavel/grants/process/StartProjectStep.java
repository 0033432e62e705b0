package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.RunningProjects;

import org.springframework.stereotype.Component;

/** "Open the project": planning starts; the secretariat is mailed. */
@Component("startProjectStep")
class StartProjectStep implements JavaDelegate {

	private final RunningProjects projects;

	StartProjectStep(RunningProjects projects) {
		this.projects = projects;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.projects.start(ProjectProcess.reference(execution)).orElseThrow();
	}

}

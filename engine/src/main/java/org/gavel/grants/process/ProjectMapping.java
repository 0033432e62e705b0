package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.gavel.grants.RunningProjects;

import org.springframework.stereotype.Component;

/**
 * The funded proposal's call of {@code ProjectProcess}: its reference and grantee in,
 * nothing back.
 */
@Component("projectMapping")
class ProjectMapping implements DelegateVariableMapping {

	private final RunningProjects projects;

	ProjectMapping(RunningProjects projects) {
		this.projects = projects;
	}

	@Override
	public void mapInputVariables(DelegateExecution proposal, VariableMap project) {
		ProjectProcess.REFERENCE.put(project, ProposalProcess.REFERENCE.from(proposal));
		ProjectProcess.APPLICANT.put(project, this.projects.grantee(ProposalProcess.reference(proposal)));
	}

	@Override
	public void mapOutputVariables(DelegateExecution proposal, VariableScope project) {
		// the project's record is its own; nothing comes back
	}

}

package org.gavel.grants.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gavel.grants.RunningProjects;

import org.springframework.stereotype.Component;

/**
 * The collection of "Each milestone" ({@code ${projectMilestones.of(execution)}}): the
 * agreed milestones' numbers, in date order.
 */
@Component("projectMilestones")
public class ProjectMilestones {

	private final RunningProjects projects;

	ProjectMilestones(RunningProjects projects) {
		this.projects = projects;
	}

	/**
	 * The milestones.
	 * @param execution the project's instance
	 * @return their numbers
	 */
	public List<Integer> of(DelegateExecution execution) {
		return this.projects.numbers(ProjectProcess.reference(execution));
	}

}

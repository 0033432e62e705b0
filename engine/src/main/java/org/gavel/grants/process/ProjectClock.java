package org.gavel.grants.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gavel.grants.GrantSettings;
import org.gavel.grants.RunningProjects;

import org.springframework.stereotype.Component;

/**
 * The timers of a milestone's report ({@code ${projectClock.reminder(execution)}},
 * {@code ${projectClock.overdue(execution)}}): the reminder before the due date, the
 * escalation after it, in the call's zone.
 */
@Component("projectClock")
public class ProjectClock {

	private final RunningProjects projects;

	private final GrantSettings settings;

	ProjectClock(RunningProjects projects, GrantSettings settings) {
		this.projects = projects;
		this.settings = settings;
	}

	/**
	 * When the grantee is reminded.
	 * @param execution the milestone's instance
	 * @return the instant
	 */
	public Date reminder(DelegateExecution execution) {
		return Date.from(this.projects.clock(ProjectProcess.reference(execution),
				ProjectProcess.MILESTONE.from(execution), true, this.settings.reportReminderBefore()));
	}

	/**
	 * When an unaccepted report is overdue.
	 * @param execution the milestone's instance
	 * @return the instant
	 */
	public Date overdue(DelegateExecution execution) {
		return Date.from(this.projects.clock(ProjectProcess.reference(execution),
				ProjectProcess.MILESTONE.from(execution), false, this.settings.reportReminderBefore()));
	}

}

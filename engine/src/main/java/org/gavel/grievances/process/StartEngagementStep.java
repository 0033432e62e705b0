package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.OpeningEngagement;

import org.springframework.stereotype.Component;

/**
 * "Open bilateral engagement": sets the check-in and the deadline the timers wait for.
 */
@Component("startEngagementStep")
class StartEngagementStep implements JavaDelegate {

	private final OpeningEngagement opening;

	StartEngagementStep(OpeningEngagement opening) {
		this.opening = opening;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OpeningEngagement.Engagement engagement = this.opening.open(GrievanceProcess.caseNumber(execution))
			.orElseThrow();
		GrievanceProcess.CHECK_IN_AT.set(execution, engagement.checkInAt());
		GrievanceProcess.ENGAGEMENT_DUE_BY.set(execution, engagement.dueBy());
	}

}

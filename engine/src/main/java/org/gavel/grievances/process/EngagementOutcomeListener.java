package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grievances.EndingEngagement;
import org.gavel.grievances.model.EngagementResult;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/** Completing "Monitor the engagement": whether it resolved the grievance. */
@Component("engagementOutcomeListener")
class EngagementOutcomeListener implements TaskListener {

	private final EndingEngagement ending;

	EngagementOutcomeListener(EndingEngagement ending) {
		this.ending = ending;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean resolved = GrievanceProcess.ENGAGEMENT.from(task) == EngagementResult.RESOLVED;
		boolean found = this.ending
			.record(new EndingEngagement.Finding(GrievanceProcess.caseNumber(task), task.getAssignee(), resolved,
					GrievanceProcess.OUTCOME.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
		GrievanceProcess.RESOLVED.set(task.getExecution().getProcessInstance(), found);
	}

}

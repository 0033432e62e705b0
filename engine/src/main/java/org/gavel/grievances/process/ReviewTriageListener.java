package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grievances.ReviewingTriage;
import org.gavel.grievances.model.Stage;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/** Completing "Confirm or override the triage": the route the case takes. */
@Component("reviewTriageListener")
class ReviewTriageListener implements TaskListener {

	private final ReviewingTriage reviewing;

	ReviewTriageListener(ReviewingTriage reviewing) {
		this.reviewing = reviewing;
	}

	@Override
	public void notify(DelegateTask task) {
		Stage route = this.reviewing.review(new ReviewingTriage.Review(GrievanceProcess.caseNumber(task),
				task.getAssignee(), RecordTriageStep.proposed(task), GrievanceProcess.DECISION.from(task),
				GrievanceProcess.ADMISSIBILITY.optional(task).orElse(null),
				GrievanceProcess.RISK.optional(task).orElse(null), GrievanceProcess.REASON.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
		GrievanceProcess.ROUTE.set(task.getExecution().getProcessInstance(), route);
	}

}

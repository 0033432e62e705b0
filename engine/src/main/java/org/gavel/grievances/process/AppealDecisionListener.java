package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grievances.DecidingAppeal;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/** Completing "Decide the appeal": the appeal panel's decision, checked and recorded. */
@Component("appealDecisionListener")
class AppealDecisionListener implements TaskListener {

	private final DecidingAppeal deciding;

	AppealDecisionListener(DecidingAppeal deciding) {
		this.deciding = deciding;
	}

	@Override
	public void notify(DelegateTask task) {
		this.deciding
			.decide(new DecidingAppeal.Decision(GrievanceProcess.caseNumber(task), task.getAssignee(),
					GrievanceProcess.RESULT.optional(task).orElse(null),
					GrievanceProcess.REASONS.optional(task).orElse(null),
					GrievanceProcess.FINDING.optional(task).orElse(null),
					GrievanceProcess.SUMMARY.optional(task).orElse(null),
					GrievanceProcess.CORRECTIVE_ACTIONS.optional(task).orElse(null),
					GrievanceProcess.SANCTION.optional(task).orElse(null),
					GrievanceProcess.WITHHOLD_RESPONDENT.optional(task).orElse(false)))
			.orElseThrow(InputRefusedException::new);
		GrievanceProcess.APPEAL_DECIDED_BY.set(task.getExecution().getProcessInstance(), task.getAssignee());
	}

}

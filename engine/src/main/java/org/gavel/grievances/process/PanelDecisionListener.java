package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grievances.DecidingGrievance;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/** Completing "Decide the grievance": the panel's decision, checked and recorded. */
@Component("panelDecisionListener")
class PanelDecisionListener implements TaskListener {

	private final DecidingGrievance deciding;

	PanelDecisionListener(DecidingGrievance deciding) {
		this.deciding = deciding;
	}

	@Override
	public void notify(DelegateTask task) {
		this.deciding
			.decide(new DecidingGrievance.Decision(GrievanceProcess.caseNumber(task), task.getAssignee(),
					GrievanceProcess.FINDING.optional(task).orElse(null),
					GrievanceProcess.SUMMARY.optional(task).orElse(null),
					GrievanceProcess.CORRECTIVE_ACTIONS.optional(task).orElse(null),
					GrievanceProcess.WITHHOLD_RESPONDENT.optional(task).orElse(false)))
			.orElseThrow(InputRefusedException::new);
		GrievanceProcess.DECIDED_BY.set(task.getExecution().getProcessInstance(), task.getAssignee());
	}

}

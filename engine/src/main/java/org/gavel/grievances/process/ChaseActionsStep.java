package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.ChasingCorrectiveActions;

import org.springframework.stereotype.Component;

/**
 * "Remind the respondent" and "Alert the secretariat and the respondent" of the
 * monitoring: the corrective actions still open, due soon or overdue, by the step it runs
 * in.
 */
@Component("chaseActionsStep")
class ChaseActionsStep implements JavaDelegate {

	/** The step that runs once the last action's due day has passed. */
	static final String OVERDUE = "Activity_AlertActionsOverdue";

	private final ChasingCorrectiveActions chasing;

	ChaseActionsStep(ChasingCorrectiveActions chasing) {
		this.chasing = chasing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.chasing
			.chase(new ChasingCorrectiveActions.Chase(GrievanceProcess.caseNumber(execution),
					OVERDUE.equals(execution.getCurrentActivityId())))
			.orElseThrow();
	}

}

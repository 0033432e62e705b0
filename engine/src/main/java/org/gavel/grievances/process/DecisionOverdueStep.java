package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.DecidingGrievance;

import org.springframework.stereotype.Component;

/** "Alert the secretariat and the panel": the decision's deadline passed. */
@Component("decisionOverdueStep")
class DecisionOverdueStep implements JavaDelegate {

	private final DecidingGrievance deciding;

	DecisionOverdueStep(DecidingGrievance deciding) {
		this.deciding = deciding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.deciding.overdue(GrievanceProcess.caseNumber(execution)).orElseThrow();
	}

}

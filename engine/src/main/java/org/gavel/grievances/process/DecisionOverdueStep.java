package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.AlertingDecisionOverdue;

import org.springframework.stereotype.Component;

/** "Alert the secretariat and the panel": the decision's deadline passed. */
@Component("decisionOverdueStep")
class DecisionOverdueStep implements JavaDelegate {

	private final AlertingDecisionOverdue alerting;

	DecisionOverdueStep(AlertingDecisionOverdue alerting) {
		this.alerting = alerting;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.alerting.alert(GrievanceProcess.caseNumber(execution)).orElseThrow();
	}

}

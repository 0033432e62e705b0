package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.EscalatingAcknowledgement;

import org.springframework.stereotype.Component;

/** "Alert the secretariat": the acknowledgement deadline passed. */
@Component("alertOverdueStep")
class AlertOverdueStep implements JavaDelegate {

	private final EscalatingAcknowledgement escalating;

	AlertOverdueStep(EscalatingAcknowledgement escalating) {
		this.escalating = escalating;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.escalating.escalate(GrievanceProcess.caseNumber(execution)).orElseThrow();
	}

}

package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.EscalatingAcknowledgement;

import org.springframework.stereotype.Component;

/** "Remind the secretariat": the acknowledgement deadline is near. */
@Component("remindAcknowledgementStep")
class RemindAcknowledgementStep implements JavaDelegate {

	private final EscalatingAcknowledgement escalating;

	RemindAcknowledgementStep(EscalatingAcknowledgement escalating) {
		this.escalating = escalating;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.escalating.remind(GrievanceProcess.caseNumber(execution)).orElseThrow();
	}

}

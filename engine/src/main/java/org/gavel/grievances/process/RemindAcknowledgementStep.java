package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.RemindingToAcknowledge;

import org.springframework.stereotype.Component;

/** "Remind the secretariat": the acknowledgement deadline is near. */
@Component("remindAcknowledgementStep")
class RemindAcknowledgementStep implements JavaDelegate {

	private final RemindingToAcknowledge reminding;

	RemindAcknowledgementStep(RemindingToAcknowledge reminding) {
		this.reminding = reminding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.reminding.remind(GrievanceProcess.caseNumber(execution)).orElseThrow();
	}

}

package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.CheckingIn;

import org.springframework.stereotype.Component;

/** "Check in with the parties": halfway through the engagement. */
@Component("checkInStep")
class CheckInStep implements JavaDelegate {

	private final CheckingIn checking;

	CheckInStep(CheckingIn checking) {
		this.checking = checking;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.checking.checkIn(GrievanceProcess.caseNumber(execution)).orElseThrow();
	}

}

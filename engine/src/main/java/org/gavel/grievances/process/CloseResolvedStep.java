package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.EndingEngagement;

import org.springframework.stereotype.Component;

/** "Close with the outcome": the engagement resolved the grievance. */
@Component("closeResolvedStep")
class CloseResolvedStep implements JavaDelegate {

	private final EndingEngagement ending;

	CloseResolvedStep(EndingEngagement ending) {
		this.ending = ending;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.ending.close(GrievanceProcess.caseNumber(execution)).orElseThrow();
	}

}

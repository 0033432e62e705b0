package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.ClosingResolved;

import org.springframework.stereotype.Component;

/** "Close with the outcome": the engagement resolved the grievance. */
@Component("closeResolvedStep")
class CloseResolvedStep implements JavaDelegate {

	private final ClosingResolved closing;

	CloseResolvedStep(ClosingResolved closing) {
		this.closing = closing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.closing.close(GrievanceProcess.caseNumber(execution)).orElseThrow();
	}

}

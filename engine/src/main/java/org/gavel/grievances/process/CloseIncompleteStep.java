package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.ClosingIncomplete;

import org.springframework.stereotype.Component;

/** "Close as incomplete": the deadline to complete passed. */
@Component("closeIncompleteStep")
class CloseIncompleteStep implements JavaDelegate {

	private final ClosingIncomplete closing;

	CloseIncompleteStep(ClosingIncomplete closing) {
		this.closing = closing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.closing.close(GrievanceProcess.caseNumber(execution)).orElseThrow();
	}

}

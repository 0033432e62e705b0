package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.ReturningIncomplete;

import org.springframework.stereotype.Component;

/** "Return to the complainant": sets the deadline the completion timer waits for. */
@Component("returnIncompleteStep")
class ReturnIncompleteStep implements JavaDelegate {

	private final ReturningIncomplete returning;

	ReturnIncompleteStep(ReturningIncomplete returning) {
		this.returning = returning;
	}

	@Override
	public void execute(DelegateExecution execution) {
		GrievanceProcess.COMPLETE_BY.set(execution,
				this.returning.returnToComplainant(GrievanceProcess.caseNumber(execution)).orElseThrow());
	}

}

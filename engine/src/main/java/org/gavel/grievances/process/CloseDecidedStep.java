package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.ClosingDecided;

import org.springframework.stereotype.Component;

/** "Close with the decision": the decision published, the parties told. */
@Component("closeDecidedStep")
class CloseDecidedStep implements JavaDelegate {

	private final ClosingDecided closing;

	CloseDecidedStep(ClosingDecided closing) {
		this.closing = closing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.closing
			.close(new ClosingDecided.Closing(GrievanceProcess.caseNumber(execution),
					GrievanceProcess.DECIDED_BY.from(execution)))
			.orElseThrow();
	}

}

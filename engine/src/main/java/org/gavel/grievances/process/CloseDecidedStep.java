package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.ClosingDecided;
import org.gavel.system.Actors;

import org.springframework.stereotype.Component;

/** "Close the case": a final decision with no corrective action to monitor. */
@Component("closeDecidedStep")
class CloseDecidedStep implements JavaDelegate {

	private final ClosingDecided closing;

	CloseDecidedStep(ClosingDecided closing) {
		this.closing = closing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.closing.close(new ClosingDecided.Closing(GrievanceProcess.caseNumber(execution), Actors.GAVEL))
			.orElseThrow();
	}

}

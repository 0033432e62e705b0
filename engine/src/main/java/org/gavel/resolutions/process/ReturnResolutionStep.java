package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.resolutions.ReturningResolution;

import org.springframework.stereotype.Component;

/**
 * Returns the resolution to its proposer with the comments and the deadline.
 */
@Component("returnResolutionStep")
class ReturnResolutionStep implements JavaDelegate {

	private final ReturningResolution returning;

	ReturnResolutionStep(ReturningResolution returning) {
		this.returning = returning;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.returning.send(new ReturningResolution.SendBack(GaResolutionProcess.RESOLUTION_ID.from(execution),
				GaResolutionProcess.RESUBMIT_BY.from(execution), GaResolutionProcess.COMMENTS.from(execution)));
	}

}

package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.resolutions.RejectingResolution;

import org.springframework.stereotype.Component;

/**
 * Rejects the resolution as inadmissible.
 */
@Component("rejectResolutionStep")
class RejectResolutionStep implements JavaDelegate {

	private final RejectingResolution rejecting;

	RejectResolutionStep(RejectingResolution rejecting) {
		this.rejecting = rejecting;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.rejecting.reject(new RejectingResolution.Reject(GaResolutionProcess.RESOLUTION_ID.from(execution),
				GaResolutionProcess.COMMENTS.from(execution)));
	}

}

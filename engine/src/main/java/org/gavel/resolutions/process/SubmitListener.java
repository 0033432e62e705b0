package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.resolutions.SubmittingResolution;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * Submits the draft when the proposer's task completes; a refusal (the sponsor rule not
 * met, the deadline passed) rolls the completion back with the reason.
 */
@Component("submitListener")
class SubmitListener implements TaskListener {

	private final SubmittingResolution submitting;

	SubmitListener(SubmittingResolution submitting) {
		this.submitting = submitting;
	}

	@Override
	public void notify(DelegateTask task) {
		this.submitting
			.submit(new SubmittingResolution.Submission(GaResolutionProcess.RESOLUTION_ID.from(task),
					task.getAssignee()))
			.orElseThrow(InputRefusedException::new);
	}

}

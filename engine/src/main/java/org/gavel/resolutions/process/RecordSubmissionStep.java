package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.resolutions.RecordingSubmission;

import org.springframework.stereotype.Component;

/**
 * Sends a submitted or resubmitted resolution to admissibility review.
 */
@Component("recordSubmissionStep")
class RecordSubmissionStep implements JavaDelegate {

	private final RecordingSubmission recording;

	RecordSubmissionStep(RecordingSubmission recording) {
		this.recording = recording;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.recording.record(GaResolutionProcess.RESOLUTION_ID.from(execution));
	}

}

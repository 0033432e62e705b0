package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.resolutions.RecordingResult;

import org.springframework.stereotype.Component;

/**
 * Records the counted ballot's result and tells the members.
 */
@Component("recordResultStep")
class RecordResultStep implements JavaDelegate {

	private final RecordingResult recording;

	RecordResultStep(RecordingResult recording) {
		this.recording = recording;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.recording.record(new RecordingResult.Counted(GaResolutionProcess.RESOLUTION_ID.from(execution),
				GaResolutionProcess.BALLOT_ID.from(execution), GaResolutionProcess.OUTCOME.from(execution)));
	}

}

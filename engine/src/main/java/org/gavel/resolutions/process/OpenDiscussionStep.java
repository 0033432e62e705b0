package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.resolutions.OpeningDiscussion;

import org.springframework.stereotype.Component;

/**
 * Opens the discussion of a resolution in the published booklet; sets the voting timer.
 */
@Component("openDiscussionStep")
class OpenDiscussionStep implements JavaDelegate {

	private final OpeningDiscussion opening;

	OpenDiscussionStep(OpeningDiscussion opening) {
		this.opening = opening;
	}

	@Override
	public void execute(DelegateExecution execution) {
		GaResolutionProcess.VOTING_OPENS_AT.set(execution,
				this.opening.open(GaResolutionProcess.RESOLUTION_ID.from(execution)).votingOpensAt());
	}

}

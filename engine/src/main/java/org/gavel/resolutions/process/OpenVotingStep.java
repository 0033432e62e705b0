package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.resolutions.OpeningResolutionVote;

import org.springframework.stereotype.Component;

/**
 * Freezes the assembly's roll and opens voting; the roll goes to the ballot's call.
 */
@Component("openVotingStep")
class OpenVotingStep implements JavaDelegate {

	private final OpeningResolutionVote opening;

	OpenVotingStep(OpeningResolutionVote opening) {
		this.opening = opening;
	}

	@Override
	public void execute(DelegateExecution execution) {
		GaResolutionProcess.VOTE_ROLL_ID.set(execution,
				this.opening.open(GaResolutionProcess.RESOLUTION_ID.from(execution)).rollId());
	}

}

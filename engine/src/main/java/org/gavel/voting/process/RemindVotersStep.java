package org.gavel.voting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.voting.RemindingVoters;

import org.springframework.stereotype.Component;

/**
 * Reminds those on the roll who have no vote in the box yet.
 */
@Component("remindVotersStep")
class RemindVotersStep implements JavaDelegate {

	private final RemindingVoters reminding;

	RemindVotersStep(RemindingVoters reminding) {
		this.reminding = reminding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		BallotProcess.REMINDED.set(execution,
				this.reminding.remind(new RemindingVoters.Remind(BallotProcess.BALLOT_ID.from(execution))));
	}

}

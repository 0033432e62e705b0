package org.gavel.voting.process;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.voting.VotingLog;
import org.gavel.voting.persistence.Ballots;

import org.springframework.stereotype.Component;

/**
 * Publishes the signed-off result to members ({@code VOTING-022}).
 */
@Component("publishResultStep")
class PublishResultStep implements JavaDelegate {

	private final Ballots ballots;

	private final Clock clock;

	PublishResultStep(Ballots ballots, Clock clock) {
		this.ballots = ballots;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID id = BallotProcess.BALLOT_ID.from(execution);
		if (this.ballots.publish(id, this.clock.instant())) {
			VotingLog.RESULT_PUBLISHED.log(id);
		}
	}

}

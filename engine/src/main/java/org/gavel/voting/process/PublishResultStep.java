package org.gavel.voting.process;

import java.time.Clock;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.voting.persistence.Ballots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Publishes the signed-off result to members ({@code VOTING-022}).
 */
@Component("publishResultStep")
class PublishResultStep implements JavaDelegate {

	private static final Logger log = LoggerFactory.getLogger(PublishResultStep.class);

	private final Ballots ballots;

	private final Clock clock;

	PublishResultStep(Ballots ballots, Clock clock) {
		this.ballots = ballots;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID id = BallotProcess.ballotId(execution);
		if (this.ballots.publish(id, this.clock.instant())) {
			log.atInfo().addKeyValue("code", "VOTING-022").log("VOTING-022 result published ballot={}", id);
		}
	}

}

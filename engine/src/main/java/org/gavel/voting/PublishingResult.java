package org.gavel.voting;

import java.time.Clock;
import java.util.UUID;

import org.gavel.voting.persistence.Ballots;

import org.springframework.stereotype.Service;

/**
 * Publishes a counted, signed-off result to members ({@code VOTING-022}), once: a step
 * only the ballot's process takes, which no input can refuse.
 */
@Service
public class PublishingResult {

	private final Ballots ballots;

	private final Clock clock;

	PublishingResult(Ballots ballots, Clock clock) {
		this.ballots = ballots;
		this.clock = clock;
	}

	/**
	 * Publishes the result.
	 * @param command the ballot
	 * @return whether it was published now; false when it was not counted or was
	 * published already
	 */
	public boolean publish(PublishResult command) {
		boolean published = this.ballots.publish(command.ballot(), this.clock.instant());
		if (published) {
			VotingLog.RESULT_PUBLISHED.log(command.ballot());
		}
		return published;
	}

	/**
	 * Publish a ballot's result.
	 *
	 * @param ballot the ballot
	 */
	public record PublishResult(UUID ballot) {

	}

}

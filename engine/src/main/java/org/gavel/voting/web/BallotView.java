package org.gavel.voting.web;

import java.time.Instant;
import java.util.UUID;

import org.gavel.voting.ReadingBallots;
import org.gavel.voting.model.Ballot;

/**
 * A ballot as the API shows it.
 *
 * @param id identifier
 * @param title what is voted on
 * @param ruleSet the rule set's name
 * @param ruleSetVersion its frozen version
 * @param rollId the electoral roll
 * @param voters how many are on it
 * @param opensAt when voting opens
 * @param closesAt when it closes
 * @param timeZone the zone deadlines are shown in
 * @param status OPEN or CLOSED
 * @param result the published result once closed, else {@code null}
 */
record BallotView(UUID id, String title, String ruleSet, int ruleSetVersion, UUID rollId, int voters, Instant opensAt,
		Instant closesAt, String timeZone, String status, Published result) {

	static BallotView of(ReadingBallots.Found found) {
		Ballot ballot = found.ballot();
		Published result = (found.closed() != null) ? new Published(found.closed().outcome(),
				found.closed().explanation(), found.closed().chainHead(), found.closed().closedAt()) : null;
		return new BallotView(ballot.id(), ballot.title(), ballot.rules().name(), ballot.rules().version(),
				ballot.rollId(), ballot.roll().size(), ballot.opensAt(), ballot.closesAt(), ballot.zone().getId(),
				(result != null) ? "CLOSED" : "OPEN", result);
	}

	/**
	 * What a closed ballot publishes.
	 *
	 * @param outcome ADOPTED, REJECTED, NO_QUORUM or TIE
	 * @param explanation every check, a sentence a line
	 * @param chainHead the head of the hash chain over the votes
	 * @param closedAt when it was closed
	 */
	record Published(String outcome, String explanation, String chainHead, Instant closedAt) {

	}

}

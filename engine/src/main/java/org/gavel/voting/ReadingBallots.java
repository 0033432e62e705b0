package org.gavel.voting;

import java.util.Optional;
import java.util.UUID;

import org.gavel.voting.model.Ballot;
import org.gavel.voting.persistence.Ballots;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a ballot with its published result, if closed.
 */
@Service
public class ReadingBallots {

	private final Ballots ballots;

	ReadingBallots(Ballots ballots) {
		this.ballots = ballots;
	}

	@Transactional(readOnly = true)
	public Optional<Found> find(UUID id) {
		return this.ballots.find(id).map((ballot) -> new Found(ballot, this.ballots.closed(id).orElse(null)));
	}

	/**
	 * A ballot and, once closed, what it published.
	 *
	 * @param ballot the ballot
	 * @param closed the result, or {@code null} while open
	 */
	public record Found(Ballot ballot, Ballots.Closed closed) {

	}

}

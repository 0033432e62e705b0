package org.gavel.voting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Elector;
import org.gavel.voting.persistence.Ballots;
import org.gavel.voting.persistence.Votes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything an auditor needs to recompute a ballot's chain and count without Gavel: the
 * rule set's text, the frozen roll, every vote in box order, and what was published.
 */
@Service
public class AuditingBallot {

	private final Ballots ballots;

	private final Votes votes;

	AuditingBallot(Ballots ballots, Votes votes) {
		this.ballots = ballots;
		this.votes = votes;
	}

	@Transactional(readOnly = true)
	public Optional<Export> export(UUID id) {
		return this.ballots.find(id)
			.map((ballot) -> new Export(ballot, this.ballots.source(id).orElseThrow(),
					List.copyOf(ballot.roll().values()), this.votes.audited(id), this.ballots.closed(id).orElse(null)));
	}

	/**
	 * An audit export.
	 *
	 * @param ballot the ballot
	 * @param ruleSetSource the text of its frozen rule set
	 * @param roll its frozen roll
	 * @param votes every vote, in box order
	 * @param closed what it published, or {@code null} while open
	 */
	public record Export(Ballot ballot, String ruleSetSource, List<Elector> roll, List<Votes.AuditedVote> votes,
			Ballots.Closed closed) {

	}

}

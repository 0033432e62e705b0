package org.gavel.voting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Closing;
import org.gavel.voting.model.Elector;
import org.gavel.voting.model.InRoomTally;
import org.gavel.voting.model.Result;
import org.gavel.voting.model.SignOff;
import org.gavel.voting.persistence.Ballots;
import org.gavel.voting.persistence.InRoomTallies;
import org.gavel.voting.persistence.Proxies;
import org.gavel.voting.persistence.Votes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything an auditor needs to recompute a ballot's chain and count without Gavel: the
 * rule set's text, the frozen roll, every vote in chain order, and what was published.
 * The votes are part of it only once the ballot is counted: while it is open nobody, the
 * secretariat included, can watch choices come in.
 */
@Service
public class AuditingBallot {

	private final CountingBallot counting;

	private final Ballots ballots;

	private final Votes votes;

	private final InRoomTallies inRoom;

	private final Proxies proxies;

	AuditingBallot(Ballots ballots, Votes votes, InRoomTallies inRoom, Proxies proxies, CountingBallot counting) {
		this.ballots = ballots;
		this.counting = counting;
		this.votes = votes;
		this.inRoom = inRoom;
		this.proxies = proxies;
	}

	@Transactional(readOnly = true)
	public Optional<Export> export(UUID id) {
		return this.ballots.find(id).map((ballot) -> {
			Closing closed = this.ballots.closed(id).orElse(null);
			return new Export(ballot, this.ballots.source(id).orElseThrow(), List.copyOf(ballot.roll().values()),
					(closed != null) ? this.votes.audited(id) : List.of(), this.inRoom.all(id), this.proxies.all(id),
					this.ballots.signOffs(id), closed, (closed != null) ? this.counting.count(ballot) : null);
		});
	}

	/**
	 * An audit export.
	 *
	 * @param ballot the ballot
	 * @param ruleSetSource the text of its frozen rule set
	 * @param roll its frozen roll
	 * @param votes every vote, in chain order; none while the ballot is open
	 * @param inRoomTallies every in-room tally, corrections included, in chain order
	 * @param proxies the proxies given
	 * @param signOffs the scrutineers' sign-offs
	 * @param closed what it published, or {@code null} while open
	 * @param result the count, per chamber and in all (spoilt ballots apart), or
	 * {@code null} while open
	 */
	public record Export(Ballot ballot, String ruleSetSource, List<Elector> roll, List<Votes.AuditedVote> votes,
			List<InRoomTally> inRoomTallies, List<Proxies.Proxy> proxies, List<SignOff> signOffs, Closing closed,
			Result result) {

	}

}

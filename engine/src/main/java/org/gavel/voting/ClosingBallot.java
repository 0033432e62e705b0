package org.gavel.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.gavel.system.Outcome;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.ChainLink;
import org.gavel.voting.model.ChainedVote;
import org.gavel.voting.model.HashChain;
import org.gavel.voting.model.InRoomTally;
import org.gavel.voting.model.Result;
import org.gavel.voting.persistence.BallotLocks;
import org.gavel.voting.persistence.Ballots;
import org.gavel.voting.persistence.InRoomTallies;
import org.gavel.voting.persistence.Votes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes a ballot once its window has passed: waits for votes in flight, chains every
 * vote, counts under the frozen rule set and records the result with the chain's head,
 * once ({@code VOTING-020}).
 */
@Service
public class ClosingBallot {

	private final CountingBallot counting;

	private final Ballots ballots;

	private final Votes votes;

	private final BallotLocks locks;

	private final InRoomTallies inRoom;

	private final FrozenBallots frozen;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ClosingBallot(Ballots ballots, Votes votes, BallotLocks locks, InRoomTallies inRoom, FrozenBallots frozen,
			TransactionTemplate transactions, Clock clock, CountingBallot counting) {
		this.ballots = ballots;
		this.counting = counting;
		this.votes = votes;
		this.inRoom = inRoom;
		this.locks = locks;
		this.frozen = frozen;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Closes and counts a ballot, in the caller's transaction if there is one, else in
	 * its own; the ballot's frozen roll then leaves memory.
	 * @param ballotId the ballot
	 * @return what came of it
	 */
	public Outcome<Closed> close(UUID ballotId) {
		Ballot ballot = this.frozen.find(ballotId).orElse(null);
		if (ballot == null) {
			return Outcome.refused("There is no ballot " + ballotId + ".");
		}
		Instant now = this.clock.instant();
		int voted = (ballot.earlyCloseAllowed() && !ballot.onlineWindowPassedAt(now)) ? this.votes.voterCount(ballotId)
				: 0;
		return ballot.countableAt(now, voted).then((countable) -> {
			Outcome<Closed> outcome = this.transactions.execute((tx) -> close(countable, now));
			this.frozen.forget(ballotId);
			return outcome;
		});
	}

	private Outcome<Closed> close(Ballot ballot, Instant now) {
		UUID ballotId = ballot.id();
		if (!this.locks.holdForClosing(ballotId)) {
			return Outcome.refused("The ballot is closed already.");
		}
		List<ChainedVote> chained = this.votes.chained(ballotId);
		List<InRoomTally> inRoom = this.inRoom.all(ballotId);
		List<ChainLink> links = new ArrayList<>(chained);
		links.addAll(inRoom);
		String head = HashChain.head(ballotId, links);
		Result result = this.counting.count(ballot);
		this.ballots.recordClose(ballotId, now, head, result.outcome(), result.explanation());
		VotingLog.BALLOT_CLOSED.log(ballotId, chained.size(), result.outcome(), head);
		return Outcome.accepted(new Closed(result, head, chained.size()));
	}

	/**
	 * A ballot closed and counted.
	 *
	 * @param result the result, explained
	 * @param chainHead the head of the hash chain over every vote
	 * @param votes how many votes the chain covers, superseded ones included
	 */
	public record Closed(Result result, String chainHead, int votes) {

	}

}

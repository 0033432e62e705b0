package org.gavel.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.gavel.voting.model.Elector;
import org.gavel.voting.persistence.BallotLocks;
import org.gavel.voting.persistence.Ballots;
import org.gavel.voting.persistence.Votes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts a vote in the ballot box: one short transaction (three statements, four for a
 * change: hold the ballot open, claim the voter's place, insert the vote), after checks
 * made against the ballot as it was frozen, kept in memory. The database, not this code,
 * guarantees one counted vote per voter: a second concurrent claim fails on the key. A
 * retried submission (same idempotency key) gets the same receipt.
 */
@Service
public class CastingVote {

	private static final Logger log = LoggerFactory.getLogger(CastingVote.class);

	private final Ballots ballots;

	private final Votes votes;

	private final BallotLocks locks;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/** Ballots voted in, as frozen; a ballot leaves once its window has passed. */
	private final Map<UUID, Ballot> frozen = new ConcurrentHashMap<>();

	CastingVote(Ballots ballots, Votes votes, BallotLocks locks, TransactionTemplate transactions, Clock clock) {
		this.ballots = ballots;
		this.votes = votes;
		this.locks = locks;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Outcome cast(CastVote command) {
		Ballot ballot = ballot(command.ballotId()).orElse(null);
		if (ballot == null) {
			return rejected(command, Refusal.NO_SUCH_BALLOT, "There is no ballot " + command.ballotId() + ".");
		}
		Instant now = this.clock.instant();
		if (now.isBefore(ballot.opensAt())) {
			return rejected(command, Refusal.NOT_OPEN,
					"Voting opens at " + ballot.opensAt().atZone(ballot.zone()) + ".");
		}
		if (!ballot.isOpenAt(now)) {
			this.frozen.remove(ballot.id());
			return closed(command, ballot);
		}
		Elector elector = ballot.elector(command.voter()).orElse(null);
		if (elector == null) {
			return rejected(command, Refusal.NOT_ON_ROLL,
					command.voter() + " is not on the electoral roll of this ballot.");
		}
		if (command.choice() == Choice.SPOILT) {
			return rejected(command, Refusal.INVALID_CHOICE, "A vote is for, against or abstain.");
		}
		String receipt = Receipts.next();
		try {
			boolean open = whileOpen(ballot, () -> {
				this.votes.claim(ballot, command.voter(), receipt);
				this.votes.insert(ballot, elector, command.choice(), command.channel(), receipt,
						command.idempotencyKey(), now);
			});
			return open ? new Outcome.Accepted(receipt, false) : closed(command, ballot);
		}
		catch (DuplicateKeyException ex) {
			return again(ballot, elector, command, now);
		}
	}

	private Outcome again(Ballot ballot, Elector elector, CastVote command, Instant now) {
		Optional<String> earlier = (command.idempotencyKey() != null)
				? this.votes.receiptFor(ballot, command.idempotencyKey(), command.voter()) : Optional.empty();
		if (earlier.isPresent()) {
			return new Outcome.Accepted(earlier.get(), true);
		}
		if (!ballot.voteChangeAllowed()) {
			return rejected(command, Refusal.ALREADY_VOTED,
					command.voter() + " has already voted, and this ballot does not allow a vote to be changed.");
		}
		String receipt = Receipts.next();
		try {
			boolean open = whileOpen(ballot, () -> {
				this.votes.supersede(ballot, command.voter(), receipt);
				this.votes.insert(ballot, elector, command.choice(), command.channel(), receipt,
						command.idempotencyKey(), now);
			});
			return open ? new Outcome.Accepted(receipt, false) : closed(command, ballot);
		}
		catch (DuplicateKeyException ex) {
			return this.votes.receiptFor(ballot, command.idempotencyKey(), command.voter())
				.<Outcome>map((same) -> new Outcome.Accepted(same, true))
				.orElseGet(() -> rejected(command, Refusal.RETRY, "The vote could not be changed; try again."));
		}
	}

	/**
	 * Writes in one transaction that holds the ballot open.
	 * @return false, with nothing written, when the ballot was closed meanwhile
	 */
	private boolean whileOpen(Ballot ballot, Runnable write) {
		return Boolean.TRUE.equals(this.transactions.execute((tx) -> {
			if (!this.locks.holdOpen(ballot.id())) {
				return false;
			}
			write.run();
			return true;
		}));
	}

	private static Outcome closed(CastVote command, Ballot ballot) {
		return rejected(command, Refusal.NOT_OPEN, "Voting closed at " + ballot.closesAt().atZone(ballot.zone()) + ".");
	}

	private Optional<Ballot> ballot(UUID id) {
		Ballot known = this.frozen.get(id);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Ballot> found = this.ballots.find(id);
		found.ifPresent((ballot) -> this.frozen.put(id, ballot));
		return found;
	}

	private static Outcome rejected(CastVote command, Refusal refusal, String reason) {
		log.atInfo()
			.addKeyValue("code", "VOTING-011")
			.log("VOTING-011 vote refused ballot={} voter={}: {}", command.ballotId(), command.voter(), reason);
		return new Outcome.Rejected(refusal, reason);
	}

	/**
	 * Cast a vote.
	 *
	 * @param ballotId the ballot
	 * @param voter the voter, as on the roll
	 * @param choice for, against or abstain
	 * @param channel how it is cast
	 * @param idempotencyKey a key the client chooses per submission, so a retry is
	 * recognised; may be {@code null}
	 */
	public record CastVote(UUID ballotId, String voter, Choice choice, Channel channel, String idempotencyKey) {

	}

	/** Why a vote was refused. */
	public enum Refusal {

		NO_SUCH_BALLOT, NOT_OPEN, NOT_ON_ROLL, ALREADY_VOTED, INVALID_CHOICE, RETRY

	}

	/** What came of it. */
	public sealed interface Outcome {

		/**
		 * In the ballot box.
		 *
		 * @param receipt the receipt code
		 * @param replayed whether this answers a retry of a vote already accepted
		 */
		record Accepted(String receipt, boolean replayed) implements Outcome {

		}

		/**
		 * Refused, nothing stored.
		 *
		 * @param refusal what kind of refusal
		 * @param reason why, in a sentence
		 */
		record Rejected(Refusal refusal, String reason) implements Outcome {

		}

	}

}

package org.gavel.voting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.gavel.membership.MemberContexts;
import org.gavel.membership.model.MemberContext;
import org.gavel.membership.model.Person;
import org.gavel.voting.model.Answer;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.gavel.voting.model.Elector;
import org.gavel.voting.persistence.BallotLocks;
import org.gavel.voting.persistence.Proxies;
import org.gavel.voting.persistence.Votes;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts a vote in the ballot box: one short transaction that holds the ballot open, claims
 * the voter's place and inserts the vote (one statement on PostgreSQL, three elsewhere; a
 * change takes more), after checks made against the ballot as it was frozen, kept in
 * memory. The database, not this code, guarantees one counted vote per voter: a second
 * concurrent claim fails on the key. A retried submission (same idempotency key) gets the
 * same receipt. A proxy holder votes for a principal; the principal's own vote overrides
 * the proxy's, never the reverse.
 */
@Service
public class CastingVote {

	private static final int ATTEMPTS = 5;

	private final FrozenBallots ballots;

	private final Votes votes;

	private final BallotLocks locks;

	private final Proxies proxies;

	private final TransactionTemplate transactions;

	private final MemberContexts contexts;

	private final Clock clock;

	CastingVote(FrozenBallots ballots, Votes votes, BallotLocks locks, Proxies proxies,
			TransactionTemplate transactions, MemberContexts contexts, Clock clock) {
		this.contexts = contexts;
		this.ballots = ballots;
		this.votes = votes;
		this.locks = locks;
		this.proxies = proxies;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Casts a vote. When concurrent requests for the same voter got in each other's way
	 * (a vote changing hands meanwhile), it tries again here, a few times, so the voter
	 * gets one clean answer rather than "try again".
	 * @param command the vote
	 * @return accepted with the receipt, or refused with the reason
	 */
	public Outcome cast(CastVote command) {
		Outcome outcome = castOnce(command);
		for (int attempt = 1; attempt < ATTEMPTS && isRetry(outcome); attempt++) {
			outcome = castOnce(command);
		}
		if (isRetry(outcome)) {
			log(command, ((Outcome.Rejected) outcome).reason());
		}
		return outcome;
	}

	private static boolean isRetry(Outcome outcome) {
		return outcome instanceof Outcome.Rejected rejected && rejected.refusal() == Refusal.RETRY;
	}

	private Outcome castOnce(CastVote command) {
		Ballot ballot = this.ballots.find(command.ballotId()).orElse(null);
		if (ballot == null) {
			return rejected(command, Refusal.NO_SUCH_BALLOT, "There is no ballot " + command.ballotId() + ".");
		}
		Instant now = this.clock.instant();
		if (ballot.notYetOpenAt(now)) {
			return rejected(command, Refusal.NOT_OPEN,
					"Voting opens at " + ballot.opensAt().atZone(ballot.zone()) + ".");
		}
		if (!ballot.isOpenAt(now)) {
			this.ballots.forget(ballot.id());
			return closed(command, ballot);
		}
		Speaker found = speaker(ballot, command);
		if (found instanceof Speaker.Refused refused) {
			return refused.outcome();
		}
		Speaker.Found speaker = (Speaker.Found) found;
		Elector elector = speaker.place();
		String voter = elector.id();
		if (command.choice() == Choice.SPOILT && command.channel() != Channel.PAPER) {
			return rejected(command, Refusal.INVALID_CHOICE,
					(ballot.betweenOptions() ? "A vote is for one of the options or abstain"
							: "A vote is for, against or abstain")
							+ "; only a paper ballot the secretariat records can be spoilt.");
		}
		String wrongAnswer = ballot.refusalOf(command.answer()).orElse(null);
		if (wrongAnswer != null) {
			return rejected(command, Refusal.INVALID_CHOICE, wrongAnswer);
		}
		Channel channel = (command.channel() == Channel.PAPER) ? Channel.PAPER
				: command.byProxy() ? Channel.PROXY : command.channel();
		String receipt = Receipts.next();
		String holder = speaker.castBy();
		try {
			boolean open = this.votes.castsInOneStatement() ? this.votes.castFirst(ballot, elector, command.answer(),
					channel, receipt, command.storedKey(), now, holder) : whileOpen(ballot, () -> {
						this.votes.claim(ballot, voter, receipt, holder);
						this.votes.insert(ballot, elector, command.answer(), channel, receipt, command.storedKey(), now,
								holder);
					});
			return open ? new Outcome.Accepted(receipt, false) : closed(command, ballot);
		}
		catch (DuplicateKeyException ex) {
			return again(ballot, speaker, command, channel, now);
		}
	}

	/**
	 * Whose place on the frozen roll the vote is for, and who casts it: the voter named
	 * on the roll; a proxy holder for their principal; or, where the place is an
	 * organisation's, the organisation's designated voter now, whoever the roll named (a
	 * disabled or replaced representative no longer votes for it). The person casting
	 * must be in the directory with an enabled account, as {@code /api/me/rights} asks.
	 */
	private Speaker speaker(Ballot ballot, CastVote command) {
		String caster = command.voter();
		MemberContext who = this.contexts.find(caster).orElse(null);
		if (who == null) {
			return Speaker
				.refused(rejected(command, Refusal.NOT_ON_ROLL, caster + " is not in the membership directory."));
		}
		if (!who.person().enabled()) {
			return Speaker.refused(rejected(command, Refusal.ACCOUNT_DISABLED,
					"The account of " + who.person().displayName() + " is disabled."));
		}
		if (command.channel() == Channel.PAPER) {
			return paperBallot(ballot, command);
		}
		if (command.byProxy()) {
			return proxyHolder(ballot, command);
		}
		Elector own = ballot.elector(caster).orElse(null);
		if (own != null) {
			List<Person> speakers = (own.place() != null) ? who.designatedVoters() : List.of();
			if (own.place() != null && (!own.place().equals(who.person().organisation())
					|| (speakers.size() == 1 && !speakers.get(0).username().equals(caster)))) {
				return Speaker.refused(rejected(command, Refusal.NOT_ON_ROLL, caster + " no longer votes for the "
						+ "organisation this place belongs to; its designated voter casts its vote."));
			}
			return new Speaker.Found(own, null);
		}
		Elector place = who.isDesignatedVoter() ? ballot.placeOf(who.organisation().id()).orElse(null) : null;
		if (place == null) {
			return Speaker.refused(
					rejected(command, Refusal.NOT_ON_ROLL, caster + " is not on the electoral roll of this ballot."));
		}
		VotingLog.ORGANISATION_VOTE.log(caster, who.organisation().id(), place.id());
		return new Speaker.Found(place, caster);
	}

	/** A paper ballot the secretariat records, in the voter's place on the roll. */
	private Speaker paperBallot(Ballot ballot, CastVote command) {
		if (!ballot.rules().mechanics().paperBallots()) {
			return Speaker.refused(rejected(command, Refusal.NO_PAPER_BALLOTS,
					"This ballot's rule set takes no paper ballots: members vote online or, where it allows, by proxy."));
		}
		Elector place = (command.onBehalfOf() != null) ? ballot.elector(command.onBehalfOf()).orElse(null) : null;
		if (place == null) {
			return Speaker.refused(rejected(command, Refusal.NOT_ON_ROLL,
					command.onBehalfOf() + " is not on the electoral roll of this ballot."));
		}
		return new Speaker.Found(place, command.voter());
	}

	private Speaker proxyHolder(Ballot ballot, CastVote command) {
		String principal = command.onBehalfOf();
		Elector place = ballot.elector(principal).orElse(null);
		if (place == null) {
			return Speaker.refused(rejected(command, Refusal.NOT_ON_ROLL,
					principal + " is not on the electoral roll of this ballot."));
		}
		if (!ballot.allowsProxies()) {
			return Speaker.refused(rejected(command, Refusal.NO_PROXIES, "This ballot's rule set allows no proxies."));
		}
		if (!this.proxies.of(ballot.id(), principal)
			.map((proxy) -> proxy.holder().equals(command.voter()))
			.orElse(false)) {
			return Speaker.refused(rejected(command, Refusal.NOT_PROXY_HOLDER,
					command.voter() + " holds no proxy from " + principal + " in this ballot."));
		}
		return new Speaker.Found(place, command.voter());
	}

	/** Who casts a vote in which place, or why nobody may. */
	private sealed interface Speaker {

		static Speaker refused(Outcome refused) {
			return new Refused(refused);
		}

		/**
		 * Who casts a vote in which place.
		 *
		 * @param place the place on the roll
		 * @param castBy who casts it when it is not the person the roll names (a proxy
		 * holder, or the organisation's designated voter now), else {@code null}
		 */
		record Found(Elector place, String castBy) implements Speaker {

		}

		/**
		 * Nobody may cast this vote.
		 *
		 * @param outcome the rejection to answer with
		 */
		record Refused(Outcome outcome) implements Speaker {

		}

	}

	/**
	 * The voter has a counted vote: a retry gets its receipt; the voter's own vote
	 * overrides their proxy's; else a change, where the rule set allows it and the same
	 * person casts it.
	 */
	private Outcome again(Ballot ballot, Speaker.Found speaker, CastVote command, Channel channel, Instant now) {
		Elector elector = speaker.place();
		String voter = elector.id();
		Optional<String> earlier = (command.storedKey() != null) ? this.votes.receiptFor(ballot, command.storedKey())
				: Optional.empty();
		if (earlier.isPresent()) {
			return new Outcome.Accepted(earlier.get(), true);
		}
		String castBy = this.votes.castBy(ballot.id(), voter).orElse(voter);
		boolean castByProxy = !castBy.equals(voter)
				&& this.proxies.of(ballot.id(), voter).map((proxy) -> proxy.holder().equals(castBy)).orElse(false);
		String holder = speaker.castBy();
		String receipt = Receipts.next();
		if (!command.byProxy() && castByProxy) {
			return write(ballot, command, () -> this.votes.overrideProxy(ballot, voter, receipt, holder), elector,
					channel, receipt, now, holder);
		}
		if (command.byProxy() && !castByProxy) {
			return rejected(command, Refusal.ALREADY_VOTED, voter + " has voted in person, which overrides the proxy.");
		}
		if (!ballot.voteChangeAllowed()) {
			return rejected(command, Refusal.ALREADY_VOTED,
					voter + " has already " + (castByProxy ? "voted by proxy" : "voted")
							+ ", and this ballot does not allow a vote to be changed.");
		}
		return write(ballot, command, () -> this.votes.supersede(ballot, voter, receipt, holder), elector, channel,
				receipt, now, holder);
	}

	private Outcome write(Ballot ballot, CastVote command, BooleanSupplier replace, Elector elector, Channel channel,
			String receipt, Instant now, String castBy) {
		try {
			Boolean[] replaced = { false };
			boolean open = whileOpen(ballot, () -> {
				replaced[0] = replace.getAsBoolean();
				if (replaced[0]) {
					this.votes.insert(ballot, elector, command.answer(), channel, receipt, command.storedKey(), now,
							castBy);
				}
			});
			if (!open) {
				return closed(command, ballot);
			}
			return replaced[0] ? new Outcome.Accepted(receipt, false)
					: rejected(command, Refusal.RETRY, "The vote changed hands meanwhile; try again.");
		}
		catch (DuplicateKeyException ex) {
			return this.votes.receiptFor(ballot, command.storedKey())
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

	private Outcome closed(CastVote command, Ballot ballot) {
		return rejected(command, Refusal.NOT_OPEN,
				ballot.onlineWindowPassedAt(this.clock.instant())
						? "Voting closed at " + ballot.closesAt().atZone(ballot.zone()) + "."
						: "Voting is closed: the ballot was counted before its window ended.");
	}

	private static Outcome rejected(CastVote command, Refusal refusal, String reason) {
		if (refusal != Refusal.RETRY) {
			log(command, reason);
		}
		return new Outcome.Rejected(refusal, reason);
	}

	private static void log(CastVote command, String reason) {
		VotingLog.VOTE_REFUSED.log(command.ballotId(), command.voter(), reason);
	}

	/**
	 * Cast a vote.
	 *
	 * @param ballotId the ballot
	 * @param voter who casts it: the voter, as on the roll, or a proxy holder
	 * @param choice for, against or abstain
	 * @param channel how it is cast
	 * @param idempotencyKey a key the client chooses per submission, so a retry is
	 * recognised; may be {@code null}
	 * @param onBehalfOf the principal whose proxy the voter holds, or {@code null}
	 * @param option on a ballot between options, the number of the option voted for (with
	 * choice FOR); else {@code null}
	 */
	public record CastVote(UUID ballotId, String voter, Choice choice, Channel channel, String idempotencyKey,
			String onBehalfOf, Integer option) {

		/**
		 * A vote on a motion.
		 * @param ballotId the ballot
		 * @param voter who casts it
		 * @param choice for, against or abstain
		 * @param channel how it is cast
		 * @param idempotencyKey the client's key, or {@code null}
		 * @param onBehalfOf the principal whose proxy the voter holds, or {@code null}
		 */
		public CastVote(UUID ballotId, String voter, Choice choice, Channel channel, String idempotencyKey,
				String onBehalfOf) {
			this(ballotId, voter, choice, channel, idempotencyKey, onBehalfOf, null);
		}

		/**
		 * A vote as a ballot paper says it.
		 * @param ballotId the ballot
		 * @param voter who casts it
		 * @param answer what it says
		 * @param channel how it is cast
		 * @param idempotencyKey the client's key, or {@code null}
		 * @param onBehalfOf the principal whose proxy the voter holds, or {@code null}
		 */
		public CastVote(UUID ballotId, String voter, Answer answer, Channel channel, String idempotencyKey,
				String onBehalfOf) {
			this(ballotId, voter, answer.choice(), channel, idempotencyKey, onBehalfOf, answer.option());
		}

		/**
		 * What the vote says.
		 * @return the answer
		 */
		public Answer answer() {
			return new Answer(this.choice, this.option);
		}

		public CastVote(UUID ballotId, String voter, Choice choice, Channel channel, String idempotencyKey) {
			this(ballotId, voter, choice, channel, idempotencyKey, null);
		}

		boolean byProxy() {
			return this.onBehalfOf != null && !this.onBehalfOf.equals(this.voter);
		}

		/** Whose vote it is. */
		String principal() {
			return byProxy() ? this.onBehalfOf : this.voter;
		}

		/**
		 * The idempotency key as stored: a digest of whose vote it is, who casts it and
		 * the client's key, so that a key belongs to one voter (another voter sending the
		 * same key casts their own vote) and tells nothing about either.
		 * @return the stored key, or {@code null} without a client key
		 */
		String storedKey() {
			if (this.idempotencyKey == null) {
				return null;
			}
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest((principal() + "\u0000" + this.voter + "\u0000" + this.idempotencyKey)
						.getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(digest);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("every Java platform has SHA-256", ex);
			}
		}

	}

	/** Why a vote was refused. */
	public enum Refusal {

		NO_SUCH_BALLOT, NOT_OPEN, NOT_ON_ROLL, ACCOUNT_DISABLED, ALREADY_VOTED, INVALID_CHOICE, NO_PROXIES,
		NOT_PROXY_HOLDER, NO_PAPER_BALLOTS, RETRY

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

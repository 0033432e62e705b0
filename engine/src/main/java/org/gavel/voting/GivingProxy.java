package org.gavel.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Elector;
import org.gavel.voting.persistence.BallotLocks;
import org.gavel.voting.persistence.Proxies;
import org.gavel.voting.persistence.Votes;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives and withdraws proxies ({@code VOTING-012}): both principal and holder on the
 * ballot's roll, before the rule set's deadline, within the holder's cap for the
 * principal's member type, which the database enforces with numbered slots.
 */
@Service
public class GivingProxy {

	private static final int ATTEMPTS = 5;

	private final FrozenBallots ballots;

	private final Proxies proxies;

	private final Votes votes;

	private final BallotLocks locks;

	private final TransactionTemplate transactions;

	private final Clock clock;

	GivingProxy(FrozenBallots ballots, Proxies proxies, Votes votes, BallotLocks locks,
			TransactionTemplate transactions, Clock clock) {
		this.ballots = ballots;
		this.proxies = proxies;
		this.votes = votes;
		this.locks = locks;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Outcome give(GiveProxy command) {
		Ballot ballot = this.ballots.find(command.ballotId()).orElse(null);
		if (ballot == null) {
			return refused(command, Refusal.NO_SUCH_BALLOT, null, "There is no ballot " + command.ballotId() + ".");
		}
		Outcome invalid = check(ballot, command);
		if (invalid != null) {
			return invalid;
		}
		Elector principal = ballot.elector(command.principal()).orElseThrow();
		Integer cap = ballot.rules().mechanics().proxies().maxPrincipals().get(principal.memberType());
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				Outcome outcome = this.transactions.execute((tx) -> store(ballot, command, principal, cap));
				if (outcome != null) {
					return outcome;
				}
			}
			catch (DuplicateKeyException ex) {
				if (this.proxies.of(ballot.id(), command.principal()).isPresent()) {
					return refused(command, Refusal.ALREADY_GIVEN, null, command.principal()
							+ " has given a proxy for this ballot already; withdraw it first to give another.");
				}
				// another proxy took the same slot meanwhile: pick again
			}
		}
		return refused(command, Refusal.RETRY, null, "The proxy could not be recorded; try again.");
	}

	/**
	 * @return the outcome, or {@code null} when the slot was taken meanwhile
	 */
	private Outcome store(Ballot ballot, GiveProxy command, Elector principal, Integer cap) {
		if (!this.locks.holdOpen(ballot.id())) {
			return refused(command, Refusal.TOO_LATE, null, "The ballot is closed.");
		}
		if (this.votes.castBy(ballot.id(), command.principal()).isPresent()) {
			return refused(command, Refusal.ALREADY_VOTED, null,
					command.principal() + " has voted already; a proxy can no longer be given.");
		}
		Integer slot = null;
		if (cap != null) {
			List<Integer> taken = this.proxies.slotsTaken(ballot.id(), command.holder(), principal.memberType());
			for (int candidate = 1; candidate <= cap && slot == null; candidate++) {
				if (!taken.contains(candidate)) {
					slot = candidate;
				}
			}
			if (slot == null) {
				return refused(command, Refusal.OVER_CAP, "holder", command.holder() + " already holds " + cap
						+ " proxies of " + principal.memberType() + " members, the most this rule set allows.");
			}
		}
		Instant now = this.clock.instant();
		this.proxies.add(ballot.id(), new Proxies.Proxy(command.principal(), command.holder(), principal.memberType(),
				slot, command.givenBy(), now));
		VotingLog.PROXY_GIVEN.log(ballot.id(), command.principal(), command.holder(), command.givenBy());
		return new Outcome.Given(new Proxies.Proxy(command.principal(), command.holder(), principal.memberType(), slot,
				command.givenBy(), now));
	}

	private Outcome check(Ballot ballot, GiveProxy command) {
		if (ballot.proxyDeadline() == null) {
			return refused(command, Refusal.NO_PROXIES, null, "This ballot's rule set allows no proxies.");
		}
		Instant now = this.clock.instant();
		if (!now.isBefore(ballot.proxyDeadline())) {
			return refused(command, Refusal.TOO_LATE, null,
					"Proxies had to be given by " + ballot.proxyDeadline().atZone(ballot.zone()) + ".");
		}
		if (ballot.elector(command.principal()).isEmpty()) {
			return refused(command, Refusal.NOT_ON_ROLL, "principal",
					command.principal() + " is not on the electoral roll of this ballot.");
		}
		if (ballot.elector(command.holder()).isEmpty()) {
			return refused(command, Refusal.NOT_ON_ROLL, "holder",
					command.holder() + " is not on the electoral roll of this ballot; a proxy holder must be.");
		}
		if (command.holder().equals(command.principal())) {
			return refused(command, Refusal.TO_ONESELF, "holder", "A proxy is given to somebody else.");
		}
		return null;
	}

	/**
	 * Withdraws a proxy before the deadline, unless the holder has voted with it.
	 * @param ballotId the ballot
	 * @param principal whose proxy it is
	 * @param by who withdraws it
	 * @return what came of it
	 */
	public Outcome withdraw(UUID ballotId, String principal, String by) {
		GiveProxy command = new GiveProxy(ballotId, principal, null, by);
		Ballot ballot = this.ballots.find(ballotId).orElse(null);
		if (ballot == null) {
			return refused(command, Refusal.NO_SUCH_BALLOT, null, "There is no ballot " + ballotId + ".");
		}
		if (ballot.proxyDeadline() == null || !this.clock.instant().isBefore(ballot.proxyDeadline())) {
			return refused(command, Refusal.TOO_LATE, null, "Proxies can no longer be withdrawn.");
		}
		return this.transactions.execute((tx) -> {
			Proxies.Proxy proxy = this.proxies.of(ballotId, principal).orElse(null);
			if (proxy == null) {
				return refused(command, Refusal.NO_SUCH_PROXY, null,
						principal + " has given no proxy for this ballot.");
			}
			if (this.votes.castBy(ballotId, principal).filter(proxy.holder()::equals).isPresent()) {
				return refused(command, Refusal.ALREADY_VOTED, null,
						proxy.holder() + " has voted with this proxy; vote in person to override it.");
			}
			this.proxies.withdraw(ballotId, principal);
			VotingLog.PROXY_WITHDRAWN.log(ballotId, principal, by);
			return new Outcome.Withdrawn(proxy);
		});
	}

	private static Outcome refused(GiveProxy command, Refusal refusal, String field, String reason) {
		VotingLog.PROXY_REFUSED.log(command.ballotId(), command.principal(), reason);
		return new Outcome.Refused(refusal, field, reason);
	}

	/**
	 * Give a proxy.
	 *
	 * @param ballotId the ballot
	 * @param principal whose vote it is
	 * @param holder who will cast it
	 * @param givenBy who records it: the principal, or the secretariat from a form
	 */
	public record GiveProxy(UUID ballotId, String principal, String holder, String givenBy) {

	}

	/** Why a proxy was refused. */
	public enum Refusal {

		NO_SUCH_BALLOT, NO_PROXIES, TOO_LATE, NOT_ON_ROLL, TO_ONESELF, OVER_CAP, ALREADY_GIVEN, ALREADY_VOTED,
		NO_SUCH_PROXY, RETRY

	}

	/** What came of it. */
	public sealed interface Outcome {

		/** Recorded. */
		record Given(Proxies.Proxy proxy) implements Outcome {

		}

		/** Withdrawn. */
		record Withdrawn(Proxies.Proxy proxy) implements Outcome {

		}

		/**
		 * Refused, nothing stored.
		 *
		 * @param refusal what kind
		 * @param field the request field at fault, or {@code null}
		 * @param reason why
		 */
		record Refused(Refusal refusal, String field, String reason) implements Outcome {

		}

	}

}

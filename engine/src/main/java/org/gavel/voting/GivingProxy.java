package org.gavel.voting;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Elector;
import org.gavel.voting.persistence.BallotLocks;
import org.gavel.voting.persistence.Proxies;
import org.gavel.voting.persistence.Votes;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a proxy ({@code VOTING-012}): both principal and holder on the ballot's roll,
 * before the rule set's deadline, within the holder's cap for the principal's member
 * type, which the database enforces with numbered slots. {@link WithdrawingProxy}
 * withdraws one; both answer with the proxies' {@link Outcome}.
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
		Ballot ballot = this.ballots.findWithoutCaching(command.ballotId()).orElse(null);
		if (ballot == null) {
			return refused(command, Refusal.NO_SUCH_BALLOT, null, "There is no ballot " + command.ballotId() + ".");
		}
		return check(ballot, command, (principal) -> record(ballot, command, principal));
	}

	/**
	 * Checks the proxy against the frozen ballot before anything is written.
	 * @param next what follows when the checks pass, given the principal's place
	 * @return the first check's refusal, or what follows
	 */
	private Outcome check(Ballot ballot, GiveProxy command, Function<Elector, Outcome> next) {
		Ballot.ProxyWindow window = ballot.proxyWindowAt(this.clock.instant());
		if (window == Ballot.ProxyWindow.NONE) {
			return refused(command, Refusal.NO_PROXIES, null, "This ballot's rule set allows no proxies.");
		}
		if (window == Ballot.ProxyWindow.PASSED) {
			return refused(command, Refusal.TOO_LATE, null,
					"Proxies had to be given by " + ballot.proxyDeadline().atZone(ballot.zone()) + ".");
		}
		Elector principal = ballot.elector(command.principal()).orElse(null);
		if (principal == null) {
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
		return next.apply(principal);
	}

	/**
	 * Stores the proxy, picking its slot again when a concurrent proxy took the same one.
	 */
	private Outcome record(Ballot ballot, GiveProxy command, Elector principal) {
		Integer cap = ballot.rules().mechanics().proxies().maxPrincipals().get(principal.memberType());
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				return this.transactions.execute((tx) -> store(ballot, command, principal, cap));
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
	 * Stores the proxy in one transaction that holds the ballot open; fails with a
	 * duplicate key, writing nothing, when the principal has given a proxy or its slot
	 * was taken meanwhile.
	 * @return the proxy given, or why not
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
		Proxies.Proxy proxy = new Proxies.Proxy(command.principal(), command.holder(), principal.memberType(), slot,
				command.givenBy(), this.clock.instant());
		this.proxies.add(ballot.id(), proxy);
		VotingLog.PROXY_GIVEN.log(ballot.id(), command.principal(), command.holder(), command.givenBy());
		return new Outcome.Given(proxy);
	}

	private static Outcome refused(GiveProxy command, Refusal refusal, String field, String reason) {
		return refused(command.ballotId(), command.principal(), refusal, field, reason);
	}

	/**
	 * A refusal of a proxy, logged ({@code VOTING-013}).
	 */
	static Outcome refused(UUID ballotId, String principal, Refusal refusal, String field, String reason) {
		VotingLog.PROXY_REFUSED.log(ballotId, principal, reason);
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

	/** Why giving or withdrawing a proxy was refused. */
	public enum Refusal {

		NO_SUCH_BALLOT, NO_PROXIES, TOO_LATE, NOT_ON_ROLL, TO_ONESELF, OVER_CAP, ALREADY_GIVEN, ALREADY_VOTED,
		NO_SUCH_PROXY, RETRY

	}

	/** What came of giving or withdrawing a proxy. */
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

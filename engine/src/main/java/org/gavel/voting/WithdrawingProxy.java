package org.gavel.voting;

import java.time.Clock;
import java.util.UUID;

import org.gavel.voting.model.Ballot;
import org.gavel.voting.persistence.Proxies;
import org.gavel.voting.persistence.Votes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Withdraws a proxy ({@code VOTING-017}) before the rule set's deadline, unless the
 * holder has voted with it; answers with the proxies' {@link GivingProxy.Outcome}, as
 * {@link GivingProxy} does.
 */
@Service
public class WithdrawingProxy {

	private final FrozenBallots ballots;

	private final Proxies proxies;

	private final Votes votes;

	private final TransactionTemplate transactions;

	private final Clock clock;

	WithdrawingProxy(FrozenBallots ballots, Proxies proxies, Votes votes, TransactionTemplate transactions,
			Clock clock) {
		this.ballots = ballots;
		this.proxies = proxies;
		this.votes = votes;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Withdraws a proxy.
	 * @param command whose proxy, in which ballot, withdrawn by whom
	 * @return withdrawn with the proxy, or refused with the reason (nothing changed)
	 */
	public GivingProxy.Outcome withdraw(WithdrawProxy command) {
		Ballot ballot = this.ballots.findWithoutCaching(command.ballotId()).orElse(null);
		if (ballot == null) {
			return refused(command, GivingProxy.Refusal.NO_SUCH_BALLOT,
					"There is no ballot " + command.ballotId() + ".");
		}
		if (ballot.proxyWindowAt(this.clock.instant()) != Ballot.ProxyWindow.OPEN) {
			return refused(command, GivingProxy.Refusal.TOO_LATE, "Proxies can no longer be withdrawn.");
		}
		return this.transactions.execute((tx) -> {
			Proxies.Proxy proxy = this.proxies.of(ballot.id(), command.principal()).orElse(null);
			if (proxy == null) {
				return refused(command, GivingProxy.Refusal.NO_SUCH_PROXY,
						command.principal() + " has given no proxy for this ballot.");
			}
			if (this.votes.castBy(ballot.id(), command.principal()).filter(proxy.holder()::equals).isPresent()) {
				return refused(command, GivingProxy.Refusal.ALREADY_VOTED,
						proxy.holder() + " has voted with this proxy; vote in person to override it.");
			}
			this.proxies.withdraw(ballot.id(), command.principal());
			VotingLog.PROXY_WITHDRAWN.log(ballot.id(), command.principal(), command.withdrawnBy());
			return new GivingProxy.Outcome.Withdrawn(proxy);
		});
	}

	private static GivingProxy.Outcome refused(WithdrawProxy command, GivingProxy.Refusal refusal, String reason) {
		return GivingProxy.refused(command.ballotId(), command.principal(), refusal, null, reason);
	}

	/**
	 * Withdraw a proxy.
	 *
	 * @param ballotId the ballot
	 * @param principal whose proxy it is
	 * @param withdrawnBy who withdraws it: the principal, or the secretariat
	 */
	public record WithdrawProxy(UUID ballotId, String principal, String withdrawnBy) {

	}

}

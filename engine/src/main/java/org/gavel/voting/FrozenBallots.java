package org.gavel.voting;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.persistence.Ballots;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ballots as they were frozen when they opened (rule set, roll, window), kept in memory
 * for the vote path. A ballot is loaded once however many requests miss it at the same
 * moment: the first starts the load, the others wait for it without holding a database
 * connection, and a large roll being loaded holds up no other ballot. The cache is
 * bounded by the voters it holds ({@code gavel.voting.cache-max-voters}, two million by
 * default), and a ballot leaves it once closed or after an hour unused. Only the vote
 * path fills it: proxies and in-room tallies use a ballot held already but do not load
 * one ({@link #findWithoutCaching}), and pages and exports read ballots from the
 * database.
 *
 * <p>
 * Inside a transaction the ballot is read on the transaction's own connection instead (a
 * load on another thread would take a second connection while the transaction holds the
 * first).
 */
@Component
public class FrozenBallots implements DisposableBean {

	private final Ballots ballots;

	private final ExecutorService loaders = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "gavel-ballot-loader");
		thread.setDaemon(true);
		return thread;
	});

	private final AsyncLoadingCache<UUID, Ballot> cache;

	FrozenBallots(Ballots ballots, VotingSettings settings) {
		this.ballots = ballots;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(settings.cacheMaxVoters())
			.<UUID, Ballot>weigher((id, ballot) -> ballot.roll().size() + 1)
			.expireAfterAccess(Duration.ofHours(1))
			.executor(this.loaders)
			.buildAsync((id) -> this.ballots.find(id).orElse(null));
	}

	/**
	 * Returns a ballot as frozen.
	 * @param id the ballot
	 * @return the ballot, if it exists
	 */
	public Optional<Ballot> find(UUID id) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return findWithoutCaching(id);
		}
		try {
			return Optional.ofNullable(this.cache.get(id).join());
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	/**
	 * Returns a ballot as frozen without filling the cache: the one in memory when the
	 * vote path holds it, else read from the database and not kept. For the use cases
	 * around the vote (proxies, in-room tallies), which also run once voting has closed
	 * or the ballot has been counted, so that they never bring a closed ballot's roll
	 * back into memory.
	 * @param id the ballot
	 * @return the ballot, if it exists
	 */
	public Optional<Ballot> findWithoutCaching(UUID id) {
		var known = this.cache.getIfPresent(id);
		return (known != null && known.isDone()) ? Optional.ofNullable(known.join()) : this.ballots.find(id);
	}

	/**
	 * Lets a closed ballot's roll leave memory.
	 * @param id the ballot
	 */
	public void forget(UUID id) {
		this.cache.synchronous().invalidate(id);
	}

	/**
	 * Whether a ballot is held in memory.
	 * @param id the ballot
	 * @return {@code true} while it is cached
	 */
	boolean holds(UUID id) {
		return this.cache.synchronous().getIfPresent(id) != null;
	}

	/**
	 * How many voters the cached ballots hold, for the metrics.
	 * @return the cache's weight
	 */
	public long voters() {
		return this.cache.synchronous()
			.policy()
			.eviction()
			.map((eviction) -> eviction.weightedSize().orElse(0))
			.orElse(0L);
	}

	@Override
	public void destroy() {
		this.loaders.shutdownNow();
	}

}

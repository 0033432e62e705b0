package org.gavel.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import org.gavel.membership.signin.SignInSettings;
import org.gavel.system.LogSafe;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in token buckets (Bucket4j): per account and client address, per
 * address and per account ({@link SignInSettings}). While a bucket is empty, sign-ins
 * through it are refused without the password being checked; it fills again by itself, so
 * nobody can lock an account for good, and an attacker's failures from one address lock
 * the account for that address only until many addresses join in. The secretariat sees
 * the current locks and lifts them ({@code IDENTITY-015} locked, {@code IDENTITY-016}
 * lifted). Buckets live in this node's memory, for a day at most after their last use.
 */
@Component
public class SignInThrottle {

	private final SignInSettings settings;

	private final Clock clock;

	private final TimeMeter time;

	private final Cache<Key, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofDays(1))
		.build();

	SignInThrottle(SignInSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.time = new ClockTime(clock);
	}

	/**
	 * Whether a sign-in may be tried now.
	 * @param account the username given
	 * @param address the client's address
	 * @return empty when it may, else how long until it may
	 */
	public Optional<Duration> wait(String account, String address) {
		long nanos = 0;
		for (Key key : keys(account, address)) {
			Bucket bucket = this.buckets.getIfPresent(key);
			if (bucket != null) {
				EstimationProbe probe = bucket.estimateAbilityToConsume(1);
				if (!probe.canBeConsumed()) {
					nanos = Math.max(nanos, probe.getNanosToWaitForRefill());
				}
			}
		}
		return (nanos > 0) ? Optional.of(Duration.ofNanos(nanos).plusMillis(999).withNanos(0)) : Optional.empty();
	}

	/**
	 * Counts a failed sign-in.
	 * @param account the username given
	 * @param address the client's address
	 */
	public void failed(String account, String address) {
		for (Key key : keys(account, address)) {
			Bucket bucket = this.buckets.get(key, this::bucket);
			if (bucket.tryConsume(1) && bucket.getAvailableTokens() == 0) {
				IdentityLog.SIGN_IN_LOCKED.log(key.describe(), wait(key).toSeconds() + " s");
			}
		}
	}

	/**
	 * Forgets the failures of an account from one address once it signed in there.
	 * @param account the account
	 * @param address the address
	 */
	public void succeeded(String account, String address) {
		this.buckets.invalidate(Key.pair(account, address));
	}

	/**
	 * The locks in force now.
	 * @return each lock, the longest first
	 */
	public List<Lock> locks() {
		List<Lock> locks = new ArrayList<>();
		Instant now = this.clock.instant();
		for (Map.Entry<Key, Bucket> entry : this.buckets.asMap().entrySet()) {
			EstimationProbe probe = entry.getValue().estimateAbilityToConsume(1);
			if (!probe.canBeConsumed()) {
				Key key = entry.getKey();
				locks.add(new Lock(key.account(), key.address(), now.plusNanos(probe.getNanosToWaitForRefill())));
			}
		}
		locks.sort(Comparator.comparing(Lock::until).reversed());
		return locks;
	}

	/**
	 * Lifts every lock on an account, or on an address.
	 * @param account the account, or {@code null}
	 * @param address the address, or {@code null}
	 * @param by who lifts it
	 * @return how many locks were lifted
	 */
	public int lift(String account, String address, String by) {
		List<Key> lifted = this.buckets.asMap()
			.keySet()
			.stream()
			.filter((key) -> (account != null && normal(account).equals(key.account()))
					|| (address != null && address.equals(key.address())))
			.toList();
		this.buckets.invalidateAll(lifted);
		IdentityLog.LOCKS_LIFTED.log(LogSafe.text(account), LogSafe.text(address), lifted.size(), by);
		return lifted.size();
	}

	private Duration wait(Key key) {
		Bucket bucket = this.buckets.getIfPresent(key);
		return (bucket != null) ? Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill())
				: Duration.ZERO;
	}

	private Bucket bucket(Key key) {
		SignInSettings.Limit limit = switch (key.kind()) {
			case PAIR -> this.settings.perAccountAndAddress();
			case ADDRESS -> this.settings.perAddress();
			case ACCOUNT -> this.settings.perAccount();
		};
		var builder = Bucket.builder()
			.withCustomTimePrecision(this.time)
			.addLimit(Bandwidth.builder()
				.capacity(limit.failures())
				.refillGreedy(limit.failures(), limit.within())
				.build());
		if (key.kind() == Kind.PAIR) {
			// a second, slower window: once half as many again have failed within twelve
			// times as long, the wait grows (5 in 5 minutes: then 7 in the hour)
			long slower = limit.failures() + Math.max(1, limit.failures() / 2);
			builder.addLimit(
					Bandwidth.builder().capacity(slower).refillGreedy(slower, limit.within().multipliedBy(12)).build());
		}
		return builder.build();
	}

	private static List<Key> keys(String account, String address) {
		return List.of(Key.pair(account, address), new Key(Kind.ADDRESS, null, address),
				new Key(Kind.ACCOUNT, normal(account), null));
	}

	private static String normal(String account) {
		return (account != null) ? account.strip().toLowerCase(Locale.ROOT) : "";
	}

	enum Kind {

		PAIR, ADDRESS, ACCOUNT

	}

	record Key(Kind kind, String account, String address) {

		static Key pair(String account, String address) {
			return new Key(Kind.PAIR, normal(account), address);
		}

		String describe() {
			return switch (this.kind) {
				case PAIR -> "account=" + LogSafe.text(this.account) + " from address=" + this.address;
				case ADDRESS -> "address=" + this.address + " for every account";
				case ACCOUNT -> "account=" + LogSafe.text(this.account) + " from every address";
			};
		}

	}

	/**
	 * A lock in force.
	 *
	 * @param account the account locked, or {@code null} for a whole address
	 * @param address the address locked out, or {@code null} for every address
	 * @param until when it lifts by itself
	 */
	public record Lock(String account, String address, Instant until) {

	}

	/** Bucket4j's time from Gavel's clock, so tests move it. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}

package org.gavel.membership;

import java.time.Duration;

import org.assertj.core.groups.Tuple;
import org.gavel.TestClock;
import org.gavel.membership.signin.SignInSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins counted per account and address, per address and per account, with
 * locks that grow and lift by themselves.
 */
class SignInThrottleTest {

	private final TestClock clock = new TestClock();

	private final SignInThrottle throttle = new SignInThrottle(
			new SignInSettings(5, Duration.ofMinutes(5), 30, Duration.ofMinutes(15), 50, Duration.ofHours(1)),
			this.clock);

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void fiveFailuresFromOneAddressLockThatAccountThereForAMinute() {
		fail("claire", "10.0.0.66", 4);
		assertThat(this.throttle.wait("claire", "10.0.0.66")).isEmpty();

		fail("claire", "10.0.0.66", 1);

		assertThat(this.throttle.wait("claire", "10.0.0.66"))
			.hasValueSatisfying((wait) -> assertThat(wait).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61)));
		assertThat(this.throttle.wait("claire", "10.0.0.7")).as("the real user elsewhere is not locked out").isEmpty();
		assertThat(this.throttle.wait("sara", "10.0.0.66")).as("nor another account from that address").isEmpty();
	}

	@Test
	void theLockLiftsByItselfAndGrowsWithTheFailures() {
		fail("claire", "10.0.0.66", 5);
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.throttle.wait("claire", "10.0.0.66")).as("lifted by itself").isEmpty();

		fail("claire", "10.0.0.66", 5);

		assertThat(this.throttle.wait("claire", "10.0.0.66"))
			.as("after ten failures within the hour the slower window holds: longer than the first minute")
			.hasValueSatisfying((wait) -> assertThat(wait).isGreaterThan(Duration.ofMinutes(3)));
		this.clock.advance(Duration.ofHours(1));
		assertThat(this.throttle.wait("claire", "10.0.0.66")).isEmpty();
	}

	@Test
	void manyAddressesTogetherLockTheAccountEverywhereForAWhile() {
		for (int address = 1; address <= 10; address++) {
			fail("claire", "10.0.1." + address, 5);
		}

		assertThat(this.throttle.wait("claire", "10.0.0.7")).isPresent();
		assertThat(this.throttle.locks()).extracting(SignInThrottle.Lock::account).contains("claire");
		this.clock.advance(Duration.ofHours(1));
		assertThat(this.throttle.wait("claire", "10.0.0.7")).isEmpty();
	}

	@Test
	void oneAddressTryingManyAccountsIsLockedForAll() {
		for (int account = 1; account <= 30; account++) {
			fail("member" + account, "10.0.0.66", 1);
		}

		assertThat(this.throttle.wait("somebody-else", "10.0.0.66")).isPresent();
		assertThat(this.throttle.wait("somebody-else", "10.0.0.7")).isEmpty();
	}

	@Test
	void theSecretariatLiftsALockAndASuccessForgetsTheFailuresFromThere() {
		fail("claire", "10.0.0.66", 5);
		assertThat(this.throttle.locks()).extracting(SignInThrottle.Lock::account, SignInThrottle.Lock::address)
			.contains(Tuple.tuple("claire", "10.0.0.66"));

		assertThat(this.throttle.lift("Claire", null, "sara")).isPositive();
		assertThat(this.throttle.wait("claire", "10.0.0.66")).isEmpty();

		fail("claire", "10.0.0.66", 4);
		this.throttle.succeeded("claire", "10.0.0.66");
		fail("claire", "10.0.0.66", 4);
		assertThat(this.throttle.wait("claire", "10.0.0.66")).isEmpty();
	}

	private void fail(String account, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(account, address);
		}
	}

}

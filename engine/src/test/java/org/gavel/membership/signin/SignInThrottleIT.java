package org.gavel.membership.signin;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.TestClock;
import org.gavel.membership.SignInThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous attacker guessing a member's password, through the portal and the engine
 * REST API: slowed down, never able to lock the account for good, and the member signs in
 * once the lock has lifted, or at once when the secretariat lifts it.
 */
@GavelIntegrationTest
class SignInThrottleIT {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	IdentityService identities;

	@AfterEach
	void liftEverything() {
		this.clock.reset();
		this.throttle.lift("claire", "127.0.0.1", "test");
		this.throttle.lift("olivia", null, "test");
	}

	@Test
	void anAttackerIsSlowedAndTheMemberGetsInOnceTheLockLifts() {
		PortalClient attacker = new PortalClient(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(attacker.signIn("claire", "guess-" + i).headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).contains("/login?error"));
		}

		HttpResponse<String> paused = attacker.signIn("claire", "demo");
		assertThat(paused.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/login?locked="));
		assertThat(paused.headers().firstValue("Retry-After")).isPresent();
		assertThat(attacker.get(paused.headers().firstValue("Location").orElseThrow(), "text/html").body())
			.contains("Too many wrong passwords for this account from here", "try again in about 1 minute");
		HttpResponse<String> script = attacker.getWithBasic("/engine-rest/process-definition", "claire", "demo");
		assertThat(script.statusCode()).as("the engine REST API is paused too").isEqualTo(429);
		assertThat(script.headers().firstValue("Retry-After")).isPresent();

		this.clock.advance(Duration.ofMinutes(2));
		PortalClient claire = new PortalClient(this.port);
		assertThat(claire.signIn("claire", "demo").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/me"));
	}

	@Test
	void aHundredWrongPasswordsNeverLockAnAccountForGood() {
		PortalClient attacker = new PortalClient(this.port);
		int refused = 0;
		int paused = 0;
		for (int i = 0; i < 100; i++) {
			int status = attacker.getWithBasic("/engine-rest/process-definition", "olivia", "wrong").statusCode();
			refused += (status == 401) ? 1 : 0;
			paused += (status == 429) ? 1 : 0;
			this.clock.advance(Duration.ofSeconds(4));
		}
		assertThat(refused).as("passwords checked").isLessThan(40);
		assertThat(paused).as("attempts refused unchecked").isGreaterThan(60);

		this.clock.advance(Duration.ofHours(2));
		assertThat(attacker.getWithBasic("/engine-rest/process-definition", "olivia", "demo").statusCode())
			.isEqualTo(200);
		assertThat(this.identities.checkPassword("olivia", "demo")).as("the engine has not locked her").isTrue();
	}

	@Test
	void theSecretariatSeesALockAndLiftsIt() {
		PortalClient attacker = new PortalClient(this.port);
		for (int i = 0; i < 5; i++) {
			attacker.signIn("claire", "guess-" + i);
		}
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String locks = sara.get("/membership/sign-in-locks", "text/html").body();
		assertThat(locks).contains("<td data-label=\"Account\">claire</td>",
				"<td data-label=\"Address\">127.0.0.1</td>");

		HttpResponse<String> lifted = sara.postForm("/membership/sign-in-locks/lift",
				Map.of("account", "claire", "address", "127.0.0.1"));
		assertThat(lifted.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("lifted="));
		assertThat(new PortalClient(this.port).signIn("claire", "demo").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/me"));
		assertThat(PortalClient.signedIn(this.port, "mia").get("/membership/sign-in-locks", "text/html").statusCode())
			.isEqualTo(403);
	}

}

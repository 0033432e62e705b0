package org.gavel.voting;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.gavel.LargeRealm;
import org.gavel.OwnDatabase;
import org.gavel.PortalClient;
import org.gavel.TestClock;
import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.voting.CastingVote.CastVote;
import org.gavel.voting.CastingVote.Outcome;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opening minute of a General Assembly on a freshly started node: 200 voters send
 * their first vote at the same moment, and one of them 50 times over, on a ballot that is
 * not in memory yet, through a pool of two connections. Every vote is answered, and no
 * request waits more than a second for a connection (the pool gives up after one). When
 * no connection is free at all, a voter is told at once to try again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gavel.voting.rule-sets=classpath:test-rulesets/*.yaml",
				"camunda.bpm.job-execution.enabled=false", "spring.datasource.hikari.maximum-pool-size=2",
				"spring.datasource.hikari.minimum-idle=2", "spring.datasource.hikari.connection-timeout=1000" })
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = VotePathBurstIT.Isolated.class)
@Import(TestClock.Config.class)
class VotePathBurstIT {

	static final int VOTERS = 200;

	static final int REPEATS = 50;

	@Autowired
	TakingElectoralRoll rolls;

	@Autowired
	OpeningBallot opening;

	@Autowired
	CastingVote casting;

	@Autowired
	MeterRegistry meters;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void everyFirstVoteOfABurstIsAnsweredThroughTwoConnections() throws Exception {
		UUID ballot = openBallot();
		ExecutorService clients = Executors.newFixedThreadPool(VOTERS + REPEATS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Outcome>> firsts = new ArrayList<>();
		List<Future<Outcome>> repeats = new ArrayList<>();
		try {
			for (int i = 1; i <= VOTERS; i++) {
				String voter = LargeRealm.username(i);
				firsts.add(clients.submit(() -> {
					start.await();
					return this.casting.cast(new CastVote(ballot, voter, Choice.FOR, Channel.ONLINE, null));
				}));
			}
			String eager = LargeRealm.username(VOTERS + 1);
			for (int i = 0; i < REPEATS; i++) {
				String key = "repeat-" + i;
				repeats.add(clients.submit(() -> {
					start.await();
					return this.casting.cast(new CastVote(ballot, eager, Choice.AGAINST, Channel.ONLINE, key));
				}));
			}
			start.countDown();
			for (Future<Outcome> first : firsts) {
				assertThat(first.get(60, TimeUnit.SECONDS)).isInstanceOf(Outcome.Accepted.class);
			}
			List<Outcome> answers = new ArrayList<>();
			for (Future<Outcome> repeat : repeats) {
				answers.add(repeat.get(60, TimeUnit.SECONDS));
			}
			assertThat(answers).filteredOn(Outcome.Accepted.class::isInstance).hasSize(1);
			assertThat(answers).filteredOn(Outcome.Rejected.class::isInstance)
				.hasSize(REPEATS - 1)
				.allSatisfy((answer) -> assertThat(((Outcome.Rejected) answer).refusal())
					.isEqualTo(CastingVote.Refusal.ALREADY_VOTED));
		}
		finally {
			clients.shutdownNow();
		}
		Timer acquire = this.meters.find("hikaricp.connections.acquire").timer();
		assertThat(acquire).isNotNull();
		assertThat(acquire.max(TimeUnit.MILLISECONDS)).as("longest wait for a connection, ms").isLessThan(1000);
	}

	@Test
	void aVoterIsToldToTryAgainWhenNoConnectionIsFree() throws Exception {
		UUID ballot = openBallot();
		PortalClient api = PortalClient.signedIn(this.port, LargeRealm.username(7));
		PortalClient browser = PortalClient.signedIn(this.port, LargeRealm.username(8));
		browser.get("/ballots/" + ballot, "text/html");
		CountDownLatch holding = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService holders = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < 2; i++) {
				holders.submit(() -> this.transactions.execute((tx) -> {
					this.jdbc.sql("select 1").query(Integer.class).single();
					holding.countDown();
					try {
						return release.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return false;
					}
				}));
			}
			assertThat(holding.await(10, TimeUnit.SECONDS)).as("both connections held").isTrue();

			Instant asked = Instant.now();
			HttpResponse<String> refused = api.postJson("/api/ballots/" + ballot + "/votes", "{\"choice\": \"FOR\"}");
			Duration waited = Duration.between(asked, Instant.now());
			HttpResponse<String> page = browser.postForm("/ballots/" + ballot + "/vote", Map.of("choice", "FOR"));

			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(PortalClient.detail(refused)).contains("try again");
			assertThat(waited).as("the pool's wait, then the answer").isLessThan(Duration.ofSeconds(3));
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("Please try again in a few seconds").doesNotContain("Exception");
		}
		finally {
			release.countDown();
			holders.shutdown();
			holders.awaitTermination(30, TimeUnit.SECONDS);
		}
		assertThat(this.casting.cast(new CastVote(ballot, LargeRealm.username(7), Choice.FOR, Channel.ONLINE, null)))
			.as("nothing was recorded: the vote can be cast once connections are free")
			.isInstanceOf(Outcome.Accepted.class);
	}

	private UUID openBallot() {
		var taken = this.rolls
			.take(new TakingElectoralRoll.TakeElectoralRoll(Electorate.GENERAL_ASSEMBLY, null, "sara"))
			.orElseThrow();
		assertThat(taken.roll().entries()).hasSizeGreaterThan(VOTERS);
		var opened = this.opening
			.open(new OpeningBallot.OpenBallot("Burst", "simple-majority", null, taken.roll().id(),
					Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)), ZoneId.of("UTC"), false,
					"sara"))
			.orElseThrow();
		return opened.id();
	}

	/** Its own database, and a directory of a few hundred voters. */
	static class Isolated extends OwnDatabase {

		Isolated() {
			super("gavel_vote_burst", VOTERS + 1);
		}

	}

}

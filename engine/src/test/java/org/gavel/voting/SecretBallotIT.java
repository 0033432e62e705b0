package org.gavel.voting;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secret ballot cannot be joined back to its voters by what people other than a
 * database administrator can read. 200 voters each vote in an open ballot and, right
 * after, in a secret one, the first hundred for and the others against, so that anything
 * in the secret ballot's export that followed the order of voting would give every choice
 * away. The attacks of an auditor with both exports (by number, by order, by receipt)
 * recover no more than guessing would, and while the ballot is open the secretariat sees
 * no choice at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gavel.voting.rule-sets=classpath:test-rulesets/*.yaml",
				"camunda.bpm.job-execution.enabled=false" })
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = SecretBallotIT.Isolated.class)
@Import(TestClock.Config.class)
class SecretBallotIT {

	static final int VOTERS = 200;

	private final ObjectMapper json = new ObjectMapper();

	@Autowired
	TakingElectoralRoll rolls;

	@Autowired
	OpeningBallot opening;

	@Autowired
	CastingVote casting;

	@Autowired
	ClosingBallot closing;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void anAuditorWithBothExportsLearnsNoSecretChoice() throws Exception {
		UUID roll = roll();
		UUID open = ballot(roll, "simple-majority", "Open: the budget");
		UUID secret = ballot(roll, "secret-majority", "Secret: the chair");
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		Map<String, Choice> truth = new HashMap<>();
		List<String> receiptsInOrderCast = new ArrayList<>();
		for (int i = 1; i <= VOTERS; i++) {
			String voter = LargeRealm.username(i);
			Choice secretly = (i <= VOTERS / 2) ? Choice.FOR : Choice.AGAINST;
			truth.put(voter, secretly);
			assertThat(vote(open, voter, Choice.FOR)).isInstanceOf(Outcome.Accepted.class);
			Outcome cast = vote(secret, voter, secretly);
			receiptsInOrderCast.add(((Outcome.Accepted) cast).receipt());
			if (i % 50 == 0) {
				JsonNode whileOpen = read(sara, "/api/ballots/" + secret + "/audit");
				assertThat(whileOpen.path("votes")).as("no choice is seen while the ballot is open").isEmpty();
				assertThat(read(sara, "/api/ballots/" + secret).path("result").isNull()).isTrue();
			}
		}
		this.clock.advance(Duration.ofHours(2));
		assertThat(this.closing.close(open).isAccepted()).isTrue();
		assertThat(this.closing.close(secret).isAccepted()).isTrue();

		PortalClient scott = PortalClient.signedIn(this.port, "scott");
		JsonNode openExport = read(scott, "/api/ballots/" + open + "/audit").path("votes");
		JsonNode secretExport = read(scott, "/api/ballots/" + secret + "/audit").path("votes");
		String secretCsv = scott.get("/api/ballots/" + secret + "/audit.csv", "text/csv").body();
		assertThat(secretExport).hasSize(VOTERS);
		for (JsonNode vote : secretExport) {
			assertThat(vote.path("voter").isNull()).isTrue();
			assertThat(vote.path("position").isNull()).as("no number to join on").isTrue();
			assertThat(vote.has("seq") || vote.has("castAt")).isFalse();
		}
		assertThat(secretCsv.lines().skip(1)).allSatisfy((row) -> assertThat(row).startsWith(",,"));

		List<String> votersInOrder = new ArrayList<>();
		openExport.forEach((vote) -> votersInOrder.add(vote.path("voter").asText()));
		assertThat(votersInOrder).hasSize(VOTERS);
		int byOrder = 0;
		for (int i = 0; i < VOTERS; i++) {
			if (truth.get(votersInOrder.get(i)).name().equals(secretExport.get(i).path("choice").asText())) {
				byOrder++;
			}
		}
		assertThat(byOrder).as("choices recovered by joining the exports in order (chance: %d)", VOTERS / 2)
			.isBetween(VOTERS / 2 - 40, VOTERS / 2 + 40);

		List<String> exported = new ArrayList<>();
		secretExport.forEach((vote) -> exported.add(vote.path("receipt").asText()));
		assertThat(exported).as("the export follows the receipts, not the order of voting")
			.isSortedAccordingTo(String::compareTo);
		assertThat(Math.abs(rankCorrelation(receiptsInOrderCast)))
			.as("receipts say nothing of when they were given (rank correlation with the order of voting)")
			.isLessThan(0.3);
	}

	@Test
	void aReceiptCheckOfASecretBallotTellsNeitherTheChoiceNorWhen() throws Exception {
		UUID secret = ballot(roll(), "secret-majority", "Secret: the venue");
		List<String> receipts = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			receipts.add(((Outcome.Accepted) vote(secret, LargeRealm.username(i), Choice.ABSTAIN)).receipt());
		}
		String first = receipts.get(0);
		JsonNode check = read(new PortalClient(this.port), "/api/ballots/" + secret + "/receipts/" + first);

		assertThat(check.path("position").asInt()).as("its place among the receipts in their order, not the first cast")
			.isEqualTo(1 + (int) receipts.stream().filter((other) -> other.compareTo(first) < 0).count());
		assertThat(check.toString()).doesNotContain("ABSTAIN", "choice");
	}

	/**
	 * Spearman's rank correlation between the order of voting and the receipts' order.
	 */
	private static double rankCorrelation(List<String> receiptsInOrderCast) {
		List<String> sorted = receiptsInOrderCast.stream().sorted().toList();
		int n = receiptsInOrderCast.size();
		double squares = IntStream.range(0, n).mapToDouble((i) -> {
			double d = i - sorted.indexOf(receiptsInOrderCast.get(i));
			return d * d;
		}).sum();
		return 1 - 6 * squares / ((double) n * ((double) n * n - 1));
	}

	private Outcome vote(UUID ballot, String voter, Choice choice) {
		return this.casting.cast(new CastVote(ballot, voter, choice, Channel.ONLINE, UUID.randomUUID().toString()));
	}

	private JsonNode read(PortalClient client, String path) throws Exception {
		return this.json.readTree(client.get(path, "application/json").body());
	}

	private UUID roll() {
		return this.rolls.take(new TakingElectoralRoll.TakeElectoralRoll(Electorate.GENERAL_ASSEMBLY, null, "sara"))
			.orElseThrow()
			.roll()
			.id();
	}

	private UUID ballot(UUID roll, String ruleSet, String title) {
		var now = this.clock.instant();
		return this.opening
			.open(new OpeningBallot.OpenBallot(title, ruleSet, null, roll, now.minusSeconds(60),
					now.plus(Duration.ofHours(1)), ZoneId.of("UTC"), false, "sara"))
			.orElseThrow()
			.id();
	}

	/** Its own database, with 200 more voters. */
	static class Isolated extends OwnDatabase {

		Isolated() {
			super("gavel_secret_ballot", VOTERS);
		}

	}

}

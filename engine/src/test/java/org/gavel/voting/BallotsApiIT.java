package org.gavel.voting;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ballot API over HTTP, with real sessions: who may open, vote, close and check, and
 * a clear 4xx for every bad input, with nothing written.
 */
@GavelIntegrationTest
class BallotsApiIT {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void aBallotFromOpeningToItsPublishedResult() throws Exception {
		PortalClient sara = signedIn("sara");
		String ballot = openBallot(sara);
		PortalClient aisha = signedIn("aisha");

		HttpResponse<String> voted = aisha.postJson(ballot + "/votes", "{\"choice\": \"FOR\"}",
				Map.of("Idempotency-Key", "a-1"));
		HttpResponse<String> retried = aisha.postJson(ballot + "/votes", "{\"choice\": \"FOR\"}",
				Map.of("Idempotency-Key", "a-1"));
		HttpResponse<String> again = aisha.postJson(ballot + "/votes", "{\"choice\": \"AGAINST\"}",
				Map.of("Idempotency-Key", "a-2"));
		signedIn("kofi").postJson(ballot + "/votes", "{\"choice\": \"AGAINST\"}");
		signedIn("budi").postJson(ballot + "/votes", "{\"choice\": \"FOR\"}");

		assertThat(voted.statusCode()).isEqualTo(201);
		String receipt = this.json.readTree(voted.body()).path("receipt").asText();
		assertThat(retried.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(retried.body()).path("receipt").asText()).isEqualTo(receipt);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(detail(again))
			.isEqualTo("aisha has already voted, and this ballot does not allow a vote to be changed.");
		assertThat(sara.postJson(ballot + "/close", "{}").statusCode()).as("closed before its time").isEqualTo(409);

		this.clock.advance(Duration.ofHours(2));
		HttpResponse<String> closed = sara.postJson(ballot + "/close", "{}");

		assertThat(closed.statusCode()).isEqualTo(200);
		JsonNode result = this.json.readTree(closed.body()).path("result");
		assertThat(result.path("outcome").asText()).isEqualTo("ADOPTED");
		assertThat(result.path("explanation").asText())
			.isEqualTo("Overall: 66.7 % in favour of for and against > 50 % required: met\nOutcome: adopted");
		HttpResponse<String> checked = new PortalClient(this.port).get(ballot + "/receipts/" + receipt,
				"application/json");
		assertThat(checked.statusCode()).as("anyone may check a receipt").isEqualTo(200);
		assertThat(this.json.readTree(checked.body()).path("chainHead").asText())
			.isEqualTo(result.path("chainHead").asText());
		assertThat(checked.body()).doesNotContain("FOR");
		assertThat(signedIn("joost").postJson(ballot + "/votes", "{\"choice\": \"FOR\"}").statusCode()).isEqualTo(409);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			not on the roll       | lek   | {"choice": "FOR"}   | 403 | lek is not on the electoral roll of this ballot.
			an unknown choice     | aisha | {"choice": "MAYBE"} | 400 | must be one of FOR, AGAINST, ABSTAIN
			no choice             | aisha | {}                  | 400 | is required
			malformed JSON        | aisha | {"choice":          | 400 | The request body is not valid JSON.
			""")
	void refusesABadVoteAndWritesNothing(String what, String voter, String body, int status, String message) {
		String ballot = openBallot(signedIn("sara"));

		HttpResponse<String> response = signedIn(voter).postJson(ballot + "/votes", body);

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains(message);
		assertThat(votes(ballot)).isZero();
	}

	@Test
	void aVoteForAnUnknownBallotIsNotFound() {
		HttpResponse<String> response = signedIn("aisha")
			.postJson("/api/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/votes", "{\"choice\": \"FOR\"}");

		assertThat(response.statusCode()).isEqualTo(404);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					no title            | "ruleSet": "simple-majority", "timeZone": "UTC"                      | title    | is required
					an unknown rule set | "title": "T", "ruleSet": "parliament", "timeZone": "UTC"             | ruleSet  | no rule set 'parliament'
					a bad time zone     | "title": "T", "ruleSet": "simple-majority", "timeZone": "Mars/Base" | timeZone | 'Mars/Base' is not a time zone
					""")
	void refusesABadBallotAndWritesNothing(String what, String fields, String field, String message) throws Exception {
		PortalClient sara = signedIn("sara");
		String roll = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body())
			.path("id")
			.asText();
		long before = ballots();

		HttpResponse<String> response = sara.postJson("/api/ballots", "{" + fields + ", \"rollId\": \"" + roll
				+ "\", \"opensAt\": \"2030-01-01T00:00:00Z\", \"closesAt\": \"2030-01-02T00:00:00Z\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode error = this.json.readTree(response.body()).path("errors").get(0);
		assertThat(error.path("field").asText()).isEqualTo(field);
		assertThat(error.path("message").asText()).startsWith(message);
		assertThat(ballots()).isEqualTo(before);
	}

	@Test
	void onlyTheSecretariatOpensAndClosesBallots() {
		String ballot = openBallot(signedIn("sara"));
		PortalClient mia = signedIn("mia");

		assertThat(mia.postJson("/api/ballots", "{}").statusCode()).isEqualTo(403);
		assertThat(mia.postJson(ballot + "/close", "{}").statusCode()).isEqualTo(403);
		assertThat(new PortalClient(this.port).get(ballot, "application/json").statusCode()).isEqualTo(401);
	}

	private String openBallot(PortalClient sara) {
		try {
			String roll = this.json
				.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body())
				.path("id")
				.asText();
			Instant now = this.clock.instant();
			HttpResponse<String> opened = sara.postJson("/api/ballots", """
					{"title": "Disclosure requirements for year-one reporting", "ruleSet": "simple-majority",
					 "rollId": "%s", "opensAt": "%s", "closesAt": "%s", "timeZone": "Asia/Singapore"}""".formatted(roll,
					now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1))));
			assertThat(opened.statusCode()).isEqualTo(201);
			return opened.headers().firstValue("Location").orElseThrow();
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private PortalClient signedIn(String username) {
		PortalClient client = new PortalClient(this.port);
		client.signIn(username, "demo");
		return client;
	}

	private String detail(HttpResponse<String> response) throws Exception {
		return this.json.readTree(response.body()).path("detail").asText();
	}

	private long votes(String ballot) {
		return this.jdbc.sql("select count(*) from gavel.vote where ballot_id = ?::uuid")
			.param(ballot.substring(ballot.lastIndexOf('/') + 1))
			.query(Long.class)
			.single();
	}

	private long ballots() {
		return this.jdbc.sql("select count(*) from gavel.ballot").query(Long.class).single();
	}

}

package org.gavel.voting;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
		assertThat(PortalClient.detail(again))
			.isEqualTo("aisha has already voted, and this ballot does not allow a vote to be changed.");
		assertThat(this.json.readTree(again.body()).path("type").asText()).as("a script tells refusals apart by type")
			.isEqualTo("urn:gavel:problem:already-voted");
		HttpResponse<String> early = sara.postJson(ballot + "/close", "{}");
		assertThat(early.statusCode()).as("closed before its time").isEqualTo(409);
		assertThat(this.json.readTree(early.body()).path("type").asText()).isEqualTo("urn:gavel:problem:not-countable");

		this.clock.advance(Duration.ofHours(2));
		HttpResponse<String> closed = sara.postJson(ballot + "/close", "{}");

		assertThat(closed.statusCode()).isEqualTo(200);
		JsonNode result = this.json.readTree(closed.body()).path("result");
		assertThat(result.path("outcome").asText()).isEqualTo("ADOPTED");
		assertThat(result.path("explanation").asText()).isEqualTo(
				"Overall: 66.7 % in favour, counting votes for and against; more than 50 % required: met\nOutcome: adopted");
		HttpResponse<String> checked = new PortalClient(this.port).get(ballot + "/receipts/" + receipt,
				"application/json");
		assertThat(checked.statusCode()).as("anyone may check a receipt").isEqualTo(200);
		assertThat(this.json.readTree(checked.body()).path("chainHead").asText())
			.isEqualTo(result.path("chainHead").asText());
		assertThat(checked.body()).doesNotContain("FOR");
		assertThat(signedIn("joost").postJson(ballot + "/votes", "{\"choice\": \"FOR\"}").statusCode()).isEqualTo(409);
	}

	@Test
	void anAuditorRecomputesThePublishedChainFromTheCsvAlone() throws Exception {
		PortalClient sara = signedIn("sara");
		String ballot = openBallot(sara);
		signedIn("aisha").postJson(ballot + "/votes", "{\"choice\": \"FOR\"}");
		signedIn("kofi").postJson(ballot + "/votes", "{\"choice\": \"ABSTAIN\"}");
		this.clock.advance(Duration.ofHours(2));
		String head = this.json.readTree(sara.postJson(ballot + "/close", "{}").body())
			.path("result")
			.path("chainHead")
			.asText();
		PortalClient scott = signedIn("scott");

		HttpResponse<String> csv = scott.get(ballot + "/audit.csv", "text/csv");
		HttpResponse<String> export = scott.get(ballot + "/audit", "application/json");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		String id = ballot.substring(ballot.lastIndexOf('/') + 1);
		String link = HexFormat.of().formatHex(sha.digest(("gavel-ballot:" + id).getBytes(StandardCharsets.UTF_8)));
		List<String> rows = csv.body().lines().skip(1).toList();
		assertThat(rows).hasSize(2);
		for (String row : rows) {
			String[] c = row.split(",", -1);
			String line = String.join("|", c[0], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
			link = HexFormat.of().formatHex(sha.digest((link + "\n" + line).getBytes(StandardCharsets.UTF_8)));
		}
		assertThat(link).isEqualTo(head);
		assertThat(this.json.readTree(export.body()).path("ruleSetSource").asText()).contains("name: simple-majority");
		assertThat(this.json.readTree(export.body()).path("roll")).hasSize(14);
		assertThat(signedIn("mia").get(ballot + "/audit", "application/json").statusCode()).isEqualTo(403);
	}

	@Test
	void anyoneChecksAReceiptOnItsPublicPageWithoutLearningTheChoice() throws Exception {
		String ballot = openBallot(signedIn("sara"));
		String receipt = this.json
			.readTree(signedIn("fiona").postJson(ballot + "/votes", "{\"choice\": \"AGAINST\"}").body())
			.path("receipt")
			.asText();
		String page = ballot.replace("/api/ballots/", "/ballots/") + "/receipt?code=";
		PortalClient anyone = new PortalClient(this.port);

		HttpResponse<String> found = anyone.get(page + receipt, "text/html");
		HttpResponse<String> unknown = anyone.get(page + "%3Cscript%3Ealert(1)%3C/script%3E", "text/html");

		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains("Your vote is in the ballot box: vote 1 of 1 in the chain")
			.contains("not yet: the ballot is still open")
			.doesNotContain("AGAINST");
		assertThat(unknown.body())
			.contains("No vote of this ballot has the receipt &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					not on the roll       | lek   | {"choice": "FOR"}   | 403 | lek is not on the electoral roll of this ballot.
					an unknown choice     | aisha | {"choice": "MAYBE"} | 400 | must be one of FOR, AGAINST, ABSTAIN
					no choice             | aisha | {}                  | 400 | is required
					malformed JSON        | aisha | {"choice":          | 400 | The request body is not valid JSON.
					a misspelt field      | aisha | {"choice": "FOR", "onBehalf": "x"} | 400 | is not a field of this request (its fields: choice, onBehalfOf, option)
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
	void refusesAnOversizedRequestBeforeReadingIt() throws Exception {
		String ballot = openBallot(signedIn("sara"));
		String huge = "{\"choice\": \"FOR\", \"onBehalfOf\": \"" + "x".repeat(70_000) + "\"}";

		HttpResponse<String> response = signedIn("aisha").postJson(ballot + "/votes", huge);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(PortalClient.detail(response))
			.isEqualTo("The request body has " + huge.length() + " bytes; at most 65536 are accepted.");
		assertThat(votes(ballot)).isZero();
	}

	@Test
	void aVoteForAnUnknownBallotIsNotFound() {
		HttpResponse<String> response = signedIn("aisha")
			.postJson("/api/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/votes", "{\"choice\": \"FOR\"}");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("\"type\":\"urn:gavel:problem:no-such-ballot\"");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					no title            | "ruleSet": "simple-majority", "timeZone": "UTC"                      | title    | is required
					an unknown rule set | "title": "T", "ruleSet": "parliament", "timeZone": "UTC"             | ruleSet  | no rule set 'parliament'
					a rule set for other chambers | "title": "T", "ruleSet": "fsc-ga", "timeZone": "UTC"      | ruleSet  | rule set fsc-ga cannot count this roll: voting group civil-society
					a bad time zone     | "title": "T", "ruleSet": "simple-majority", "timeZone": "Mars/Base" | timeZone | 'Mars/Base' is not a time zone
					a misspelt field    | "title": "T", "ruleSet": "simple-majority", "timeZone": "UTC", "heldOnPapers": true | heldOnPapers | is not a field of this request
					""")
	void refusesABadBallotAndWritesNothing(String what, String fields, String field, String message) throws Exception {
		PortalClient sara = signedIn("sara");
		String roll = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body())
			.path("id")
			.asText();
		long before = ballots();
		long processes = this.jdbc.sql("select count(*) from act_hi_procinst where proc_def_key_ = 'BallotProcess'")
			.query(Long.class)
			.single();

		HttpResponse<String> response = sara.postJson("/api/ballots", "{" + fields + ", \"rollId\": \"" + roll
				+ "\", \"opensAt\": \"2030-01-01T00:00:00Z\", \"closesAt\": \"2030-01-02T00:00:00Z\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode error = this.json.readTree(response.body()).path("errors").get(0);
		assertThat(error.path("field").asText()).isEqualTo(field);
		assertThat(error.path("message").asText()).startsWith(message);
		assertThat(ballots()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from act_hi_procinst where proc_def_key_ = 'BallotProcess'")
			.query(Long.class)
			.single()).as("no process instance left behind").isEqualTo(processes);
	}

	@Test
	void onlyTheSecretariatOpensAndClosesBallots() {
		String ballot = openBallot(signedIn("sara"));
		PortalClient mia = signedIn("mia");

		assertThat(mia.postJson("/api/ballots", "{}").statusCode()).isEqualTo(403);
		assertThat(mia.postJson(ballot + "/close", "{}").statusCode()).isEqualTo(403);
		assertThat(new PortalClient(this.port).get(ballot, "application/json").statusCode()).isEqualTo(401);
	}

	@ParameterizedTest(name = "in a ballot under {0}")
	@ValueSource(strings = { "simple-majority", "secret-majority" })
	void anIdempotencyKeyBelongsToOneVoter(String ruleSet) throws Exception {
		String ballot = openBallot(signedIn("sara"), ruleSet);
		Map<String, String> sameKey = Map.of("Idempotency-Key", "shared-key-1");

		HttpResponse<String> ana = signedIn("ana").postJson(ballot + "/votes", "{\"choice\": \"FOR\"}", sameKey);
		HttpResponse<String> bao = signedIn("bao").postJson(ballot + "/votes", "{\"choice\": \"AGAINST\"}", sameKey);
		HttpResponse<String> anaAgain = signedIn("ana").postJson(ballot + "/votes", "{\"choice\": \"FOR\"}", sameKey);

		assertThat(ana.statusCode()).isEqualTo(201);
		assertThat(bao.statusCode()).as("bao casts his own vote").isEqualTo(201);
		assertThat(this.json.readTree(bao.body()).path("replayed").asBoolean()).isFalse();
		assertThat(this.json.readTree(bao.body()).path("receipt").asText())
			.isNotEqualTo(this.json.readTree(ana.body()).path("receipt").asText());
		assertThat(anaAgain.statusCode()).as("ana's retry is still recognised").isEqualTo(200);
		assertThat(this.json.readTree(anaAgain.body()).path("receipt").asText())
			.isEqualTo(this.json.readTree(ana.body()).path("receipt").asText());
		assertThat(votes(ballot)).isEqualTo(2);
	}

	private String openBallot(PortalClient sara) {
		return openBallot(sara, "simple-majority");
	}

	private String openBallot(PortalClient sara, String ruleSet) {
		try {
			String roll = this.json
				.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body())
				.path("id")
				.asText();
			Instant now = this.clock.instant();
			HttpResponse<String> opened = sara.postJson("/api/ballots", """
					{"title": "Disclosure requirements for year-one reporting", "ruleSet": "%s",
					 "rollId": "%s", "opensAt": "%s", "closesAt": "%s", "timeZone": "Asia/Singapore"}"""
				.formatted(ruleSet, roll, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1))));
			assertThat(opened.statusCode()).isEqualTo(201);
			return opened.headers().firstValue("Location").orElseThrow();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private PortalClient signedIn(String username) {
		return PortalClient.signedIn(this.port, username);
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

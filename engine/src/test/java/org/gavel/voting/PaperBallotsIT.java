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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paper ballots the secretariat records one by one where the rule set takes them: a
 * spoilt one is counted as spoilt, toward quorum as the rule says, reported apart, and in
 * the audit export as a paper ballot that the secretariat member cast; the voter cannot
 * vote again, and a rule set without paper ballots refuses them.
 */
@GavelIntegrationTest
class PaperBallotsIT {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void aSpoiltPaperBallotIsCountedAsSpoiltAndReportedApart() throws Exception {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String ballot = open(sara, "paper-majority");

		HttpResponse<String> spoilt = sara.postJson(ballot + "/paper-ballots",
				"{\"voter\": \"olivia\", \"choice\": \"SPOILT\"}");
		HttpResponse<String> postal = sara.postJson(ballot + "/paper-ballots",
				"{\"voter\": \"aisha\", \"choice\": \"FOR\"}");
		HttpResponse<String> stranger = sara.postJson(ballot + "/paper-ballots",
				"{\"voter\": \"eva\", \"choice\": \"FOR\"}");
		HttpResponse<String> again = PortalClient.signedIn(this.port, "olivia")
			.postJson(ballot + "/votes", "{\"choice\": \"FOR\"}");
		HttpResponse<String> onlineSpoilt = PortalClient.signedIn(this.port, "kofi")
			.postJson(ballot + "/votes", "{\"choice\": \"SPOILT\"}");

		assertThat(spoilt.statusCode()).as(spoilt.body()).isEqualTo(201);
		assertThat(this.json.readTree(spoilt.body()).path("receipt").asText()).isNotBlank();
		assertThat(postal.statusCode()).isEqualTo(201);
		assertThat(stranger.statusCode()).isEqualTo(403);
		assertThat(stranger.body()).contains("urn:gavel:problem:not-on-roll");
		assertThat(again.statusCode()).as("the paper ballot is olivia's vote").isEqualTo(409);
		assertThat(onlineSpoilt.statusCode()).isEqualTo(400);
		assertThat(onlineSpoilt.body()).as("an online voter is offered for, against and abstain")
			.contains("must be one of FOR, AGAINST, ABSTAIN");

		String page = ballot.replace("/api/ballots/", "/ballots/");
		assertThat(sara.get(page, "text/html").body()).contains("Record a paper ballot")
			.contains("<option value=\"nils\">")
			.doesNotContain("<option value=\"olivia\">");
		HttpResponse<String> recorded = sara.postForm(page + "/paper-ballot",
				Map.of("voter", "nils", "choice", "SPOILT", "submission", "form-1"));
		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(sara.follow(recorded).body()).contains("The paper ballot of Nils Becker is recorded (spoilt)");
		assertThat(PortalClient.signedIn(this.port, "olivia").get(page, "text/html").body())
			.as("a voter does not record paper ballots")
			.doesNotContain("Record a paper ballot");

		this.clock.advance(Duration.ofHours(2));
		JsonNode counted = this.json.readTree(sara.postJson(ballot + "/close", "{}").body());
		JsonNode totals = counted.path("result").path("totals");
		assertThat(totals.path("ballots").path("spoilt").asInt()).isEqualTo(2);
		assertThat(totals.path("ballots").path("inFavour").asInt()).isEqualTo(1);
		assertThat(counted.path("result").path("explanation").asText())
			.contains("Quorum, 3 of 14 took part: 21.4 % of the roll; more than 10 % required: met");
		String audit = PortalClient.signedIn(this.port, "scott").get(ballot + "/audit.csv", "text/csv").body();
		assertThat(audit).contains(",SPOILT,PAPER,").contains(",FOR,PAPER,");
	}

	@Test
	void aRuleSetWithoutPaperBallotsRefusesThem() {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String ballot = open(sara, "simple-majority");

		HttpResponse<String> refused = sara.postJson(ballot + "/paper-ballots",
				"{\"voter\": \"olivia\", \"choice\": \"FOR\"}");

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("urn:gavel:problem:no-paper-ballots");
		assertThat(PortalClient.signedIn(this.port, "olivia")
			.postJson(ballot + "/paper-ballots", "{\"voter\": \"olivia\", \"choice\": \"FOR\"}")
			.statusCode()).as("a voter cannot record paper ballots").isEqualTo(403);
	}

	private String open(PortalClient sara, String ruleSet) {
		try {
			String roll = this.json
				.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body())
				.path("id")
				.asText();
			Instant now = this.clock.instant();
			HttpResponse<String> opened = sara.postJson("/api/ballots", """
					{"title": "Postal vote on the budget", "ruleSet": "%s", "rollId": "%s", "opensAt": "%s",
					 "closesAt": "%s", "timeZone": "Asia/Singapore"}""".formatted(ruleSet, roll,
					now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1))));
			assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
			return opened.headers().firstValue("Location").orElseThrow();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

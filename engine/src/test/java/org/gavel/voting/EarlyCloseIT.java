package org.gavel.voting;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

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
 * Closing early where the rule allows it, through the ballot's process: refused while a
 * place on the roll has not voted, offered on the ballot page and done once everyone has,
 * and no vote taken after it.
 */
@GavelIntegrationTest
class EarlyCloseIT {

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
	void theSecretariatCountsAsSoonAsEveryPlaceHasVoted() throws Exception {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String roll = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"working-group-chairs\"}").body())
			.path("id")
			.asText();
		Instant now = this.clock.instant();
		HttpResponse<String> opened = sara.postJson("/api/ballots", """
				{"title": "Chair of the chairs", "ruleSet": "early-close", "rollId": "%s", "opensAt": "%s",
				 "closesAt": "%s", "timeZone": "Asia/Singapore"}""".formatted(roll, now.minus(Duration.ofMinutes(1)),
				now.plus(Duration.ofDays(7))));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String ballot = opened.headers().firstValue("Location").orElseThrow();
		String page = ballot.replace("/api/ballots/", "/ballots/");

		HttpResponse<String> tooSoon = sara.postJson(ballot + "/close", "{}");
		assertThat(tooSoon.statusCode()).isEqualTo(409);
		assertThat(PortalClient.detail(tooSoon))
			.contains("Its rule set lets it be counted sooner once every place on the roll has voted: 0 of 1 have.");
		assertThat(sara.get(page, "text/html").body()).doesNotContain("Every place on the roll has voted");

		PortalClient wen = PortalClient.signedIn(this.port, "wen");
		assertThat(wen.postJson(ballot + "/votes", "{\"choice\": \"FOR\"}").statusCode()).isEqualTo(201);
		assertThat(sara.get(page, "text/html").body()).contains("Every place on the roll has voted");

		HttpResponse<String> closed = sara.postJson(ballot + "/close", "{}");

		assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
		JsonNode view = this.json.readTree(closed.body());
		assertThat(view.path("status").asText()).isIn("COUNTED", "PUBLISHED");
		assertThat(view.path("result").path("outcome").asText()).isEqualTo("ADOPTED");
		HttpResponse<String> after = wen.postJson(ballot + "/votes", "{\"choice\": \"AGAINST\"}");
		assertThat(after.statusCode()).isEqualTo(409);
	}

}

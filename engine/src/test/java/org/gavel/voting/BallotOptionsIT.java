package org.gavel.voting;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ballot between options, from the desk and the API to the count: voters choose one
 * option or abstain, anything else is refused, each option is put to the rule set's
 * conditions, and the result, the exports and the chain name the option.
 */
@GavelIntegrationTest
class BallotOptionsIT {

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
	void membersChooseBetweenOptionsAndTheOptionWithAMajorityIsChosen() throws Exception {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String ballot = open(sara, "simple-majority", "[\"Bangkok\", \"Jakarta\", \"Abidjan\"]", 201).headers()
			.firstValue("Location")
			.orElseThrow();
		JsonNode opened = this.json.readTree(sara.get(ballot, "application/json").body());
		assertThat(opened.path("options").toString()).isEqualTo("[\"Bangkok\",\"Jakarta\",\"Abidjan\"]");

		PortalClient olivia = PortalClient.signedIn(this.port, "olivia");
		HttpResponse<String> against = olivia.postJson(ballot + "/votes", "{\"choice\": \"AGAINST\"}");
		HttpResponse<String> noSuchOption = olivia.postJson(ballot + "/votes", "{\"option\": 4}");
		HttpResponse<String> both = olivia.postJson(ballot + "/votes", "{\"choice\": \"ABSTAIN\", \"option\": 1}");
		HttpResponse<String> nothing = olivia.postJson(ballot + "/votes", "{}");
		assertThat(against.statusCode()).isEqualTo(400);
		assertThat(against.body()).contains("urn:gavel:problem:invalid-choice",
				"This ballot is between options: choose one of its 3 options, or abstain.");
		assertThat(noSuchOption.statusCode()).isEqualTo(400);
		assertThat(noSuchOption.body()).contains("This ballot has no option 4; its options are numbered 1 to 3.");
		assertThat(both.statusCode()).isEqualTo(400);
		assertThat(both.body()).contains("\"field\":\"option\"");
		assertThat(nothing.statusCode()).isEqualTo(400);
		assertThat(nothing.body()).contains("\"field\":\"choice\"");

		assertThat(olivia.postJson(ballot + "/votes", "{\"option\": 2}").statusCode()).isEqualTo(201);
		assertThat(
				PortalClient.signedIn(this.port, "aisha").postJson(ballot + "/votes", "{\"option\": 2}").statusCode())
			.isEqualTo(201);
		assertThat(PortalClient.signedIn(this.port, "nils").postJson(ballot + "/votes", "{\"option\": 1}").statusCode())
			.isEqualTo(201);

		// in the portal: the options on the ballot page, a forged choice refused
		PortalClient kofi = PortalClient.signedIn(this.port, "kofi");
		String page = ballot.replace("/api/ballots/", "/ballots/");
		String shown = HtmlUtils.htmlUnescape(kofi.get(page, "text/html").body());
		assertThat(shown).contains("<li>Jakarta</li>", "value=\"OPTION-3\"", "Option 3: Abidjan", "value=\"ABSTAIN\"")
			.doesNotContain("value=\"AGAINST\"");
		assertThat(HtmlUtils.htmlUnescape(kofi.postForm(page + "/vote", Map.of("choice", "AGAINST")).body()))
			.contains("Choose one of the options, or abstain.");
		assertThat(HtmlUtils.htmlUnescape(kofi.postForm(page + "/vote", Map.of("choice", "OPTION-9")).body()))
			.contains("Choose one of the options, or abstain.");
		assertThat(HtmlUtils.htmlUnescape(kofi.postForm(page + "/confirm", Map.of("choice", "OPTION-2")).body()))
			.contains("You are voting <strong>Option 2: Jakarta</strong>");
		assertThat(HtmlUtils.htmlUnescape(
				kofi.follow(kofi.postForm(page + "/vote", Map.of("choice", "OPTION-2", "submission", "kofi-1")))
					.body()))
			.contains("Vote <strong>Option 2: Jakarta</strong>");

		this.clock.advance(Duration.ofHours(2));
		JsonNode counted = this.json.readTree(sara.postJson(ballot + "/close", "{}").body()).path("result");
		assertThat(counted.path("outcome").asText()).isEqualTo("ADOPTED");
		assertThat(counted.path("explanation").asText()).contains(
				"Option 2, Jakarta \u2014 Overall: 75 % of the ballots for an option; more than 50 % required: met",
				"Option 1, Bangkok \u2014 Overall: 25 % of the ballots for an option; more than 50 % required: not met",
				"Option 2, Jakarta is chosen: it alone met every condition");
		JsonNode jakarta = counted.path("options").path(1);
		assertThat(jakarta.path("label").asText()).isEqualTo("Jakarta");
		assertThat(jakarta.path("chosen").asBoolean()).isTrue();
		assertThat(jakarta.path("totals").path("ballots").path("inFavour").asInt()).isEqualTo(3);
		assertThat(jakarta.path("totals").path("ballots").path("against").asInt()).isEqualTo(1);
		assertThat(counted.path("totals").path("ballots").path("inFavour").asInt()).isEqualTo(4);

		PortalClient scott = PortalClient.signedIn(this.port, "scott");
		String votes = scott.get(ballot + "/audit.csv", "text/csv").body();
		assertThat(votes.lines().findFirst().orElseThrow()).endsWith(",superseded,option");
		assertThat(votes.lines().filter((line) -> line.contains(",FOR,ONLINE,") && line.endsWith(",false,2")))
			.hasSize(3);
		assertThat(scott.get(ballot + "/result.csv", "text/csv").body()).contains("option-total,all,,,14,3,1,0,0,0,")
			.contains(",2. Jakarta");
		// the chain, recomputed from the CSV with the option ending each vote's line
		String id = ballot.substring(ballot.lastIndexOf('/') + 1);
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		String link = HexFormat.of().formatHex(sha.digest(("gavel-ballot:" + id).getBytes(StandardCharsets.UTF_8)));
		for (String row : votes.lines().skip(1).toList()) {
			String[] c = row.split(",", -1);
			String line = String.join("|", c[0], c[2], c[3], c[4], c[5], c[6], c[7], c[8])
					+ (c[9].isEmpty() ? "" : "|" + c[9]);
			link = HexFormat.of().formatHex(sha.digest((link + "\n" + line).getBytes(StandardCharsets.UTF_8)));
		}
		assertThat(link).isEqualTo(counted.path("chainHead").asText());
		JsonNode audit = this.json.readTree(scott.get(ballot + "/audit", "application/json").body());
		assertThat(audit.path("votes").findValues("option").stream().filter((o) -> o.asInt() == 2)).hasSize(3);
		assertThat(HtmlUtils.htmlUnescape(sara.get(page, "text/html").body()))
			.contains("Chosen: <strong>option 2, Jakarta</strong>", "2. Jakarta</th>",
					"Each option's weighted share of the ballots for an option", ">75 %, chosen</text>")
			.doesNotContain("Votes for, against and abstaining per chamber");
	}

	@Test
	void optionsThatCannotBePutToAVoteAreRefusedAndAMotionTakesNoOption() throws Exception {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		assertThat(open(sara, "simple-majority", "[\"Only one\"]", 400).body()).contains("\"field\":\"options\"",
				"a ballot between options has 2 to 20 of them");
		assertThat(open(sara, "simple-majority", "[\"Bangkok\", \" bangkok \"]", 400).body())
			.contains("option 2 repeats an earlier one: 'bangkok'");
		assertThat(open(sara, "simple-majority", "[\"Bangkok\", \"\"]", 400).body()).contains("option 2 is empty");

		String motion = open(sara, "simple-majority", "[]", 201).headers().firstValue("Location").orElseThrow();
		HttpResponse<String> option = PortalClient.signedIn(this.port, "olivia")
			.postJson(motion + "/votes", "{\"option\": 1}");
		assertThat(option.statusCode()).isEqualTo(400);
		assertThat(option.body()).contains("This ballot is a motion: vote for, against or abstain.");
	}

	@Test
	void theDeskOpensABallotBetweenOptionsTypedOneALine() {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		assertThat(sara.get("/ballots/new", "text/html").body()).contains("write each option on its own line");
		ZoneId zone = ZoneId.of("Asia/Singapore");
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "Where the 2027 General Assembly meets");
		form.put("question", "Which city hosts the General Assembly of 2027?");
		form.put("options", "Chiang Mai\r\n\r\n  Medan \r\nAbidjan");
		form.put("ruleSet", "simple-majority");
		form.put("roll", "new:GENERAL_ASSEMBLY");
		form.put("opensAt", now.minusMinutes(1).toString());
		form.put("closesAt", now.plusDays(7).toString());
		form.put("zone", "Asia/Singapore");
		form.put("inRoomSession", "true");
		assertThat(HtmlUtils.htmlUnescape(sara.postForm("/ballots", form).body())).contains("Nothing was saved",
				"a ballot between options is voted online");

		form.remove("inRoomSession");
		HttpResponse<String> opened = sara.postForm("/ballots", form);
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
		String page = HtmlUtils.htmlUnescape(PortalClient.signedIn(this.port, "aisha")
			.get(opened.headers().firstValue("Location").orElseThrow(), "text/html")
			.body());
		assertThat(page).contains("<li>Chiang Mai</li>", "<li>Medan</li>", "<li>Abidjan</li>", "Option 2: Medan");
	}

	private HttpResponse<String> open(PortalClient sara, String ruleSet, String options, int expected) {
		try {
			String roll = this.json
				.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body())
				.path("id")
				.asText();
			Instant now = this.clock.instant();
			HttpResponse<String> opened = sara.postJson("/api/ballots", """
					{"title": "Where the next General Assembly meets", "ruleSet": "%s", "rollId": "%s",
					 "opensAt": "%s", "closesAt": "%s", "timeZone": "Asia/Singapore", "options": %s}"""
				.formatted(ruleSet, roll, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1)), options));
			assertThat(opened.statusCode()).as(opened.body()).isEqualTo(expected);
			return opened;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package org.gavel.voting;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
 * A meeting's quorum end to end, on PostgreSQL: the secretariat sets a meeting up, opens
 * a ballot in it under a rule set that counts quorum for the meeting, records the
 * attendance register, and the count follows the register, whatever the votes; the
 * register is frozen once a ballot of the meeting is counted.
 */
@GavelIntegrationTest
class MeetingQuorumIT {

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
	void aMeetingWithoutItsQuorumDecidesNothingAndAQuorateOneDecides() throws Exception {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		JsonNode roll = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body());
		List<String> places = new ArrayList<>();
		roll.path("entries").forEach((entry) -> places.add(entry.path("organisationId").asText()));
		assertThat(places).hasSize(14);

		String thin = meeting(sara, "Extraordinary General Assembly, first call");
		String ballotlessRefusal = sara.postJson("/api/ballots", ballot(roll, null)).body();
		assertThat(ballotlessRefusal).contains("\"field\":\"meetingId\"")
			.contains("counts quorum once for the meeting, from its attendance register");
		String first = open(sara, ballot(roll, thin));

		// 5 of 14 places in the room or represented: not more than half
		Map<String, String> register = new LinkedHashMap<>();
		places.subList(0, 4).forEach((place) -> register.put(place, "PRESENT"));
		register.put(places.get(4), "REPRESENTED");
		assertThat(attendance(sara, thin, register).statusCode()).isEqualTo(200);
		assertThat(PortalClient.signedIn(this.port, "olivia")
			.postJson(first + "/votes", "{\"choice\": \"FOR\"}")
			.statusCode()).as("an online vote in advance, which this rule does not count toward quorum").isEqualTo(201);
		JsonNode counted = countAfterTheRoom(sara, first, 5);

		assertThat(counted.path("result").path("outcome").asText()).isEqualTo("NO_QUORUM");
		assertThat(counted.path("result").path("explanation").asText())
			.contains("Meeting quorum of Extraordinary General Assembly, first call, 5 of 14 present or represented: "
					+ "35.7 % of the roll; more than 50 % required: not met")
			.contains("The meeting was not validly constituted: it can decide nothing, this ballot included; it must "
					+ "be reconvened.");
		HttpResponse<String> late = attendance(sara, thin, Map.of(places.get(5), "PRESENT"));
		assertThat(late.statusCode()).as("the register it was counted with stands").isEqualTo(409);
		assertThat(PortalClient.detail(late)).contains("The register is closed");

		String quorate = meeting(sara, "Extraordinary General Assembly, second call");
		String second = open(sara, ballot(roll, quorate));
		Map<String, String> many = new LinkedHashMap<>();
		places.subList(0, 7).forEach((place) -> many.put(place, "PRESENT"));
		many.put(places.get(7), "REPRESENTED");
		attendance(sara, quorate, many);
		JsonNode decided = countAfterTheRoom(sara, second, 5);

		assertThat(decided.path("result").path("outcome").asText()).isEqualTo("ADOPTED");
		assertThat(decided.path("result").path("explanation").asText())
			.contains("Meeting quorum of Extraordinary General Assembly, second call, 8 of 14 present or represented: "
					+ "57.1 % of the roll; more than 50 % required: met");
	}

	@Test
	void theSecretariatKeepsTheRegisterInThePortalAndOnlyOfficersReadIt() throws Exception {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}");
		sara.get("/meetings", "text/html");
		HttpResponse<String> created = sara.postForm("/meetings",
				Map.of("title", "Members' meeting, Jambi", "heldAt", "2027-03-04T09:30", "zone", "Asia/Jakarta"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String page = sara.follow(created).body();
		assertThat(HtmlUtils.htmlUnescape(page)).contains("Members' meeting, Jambi", "Meets 4 March 2027",
				"0 present, 0 represented by a proxy, of 14 on the roll",
				"Jambi Smallholder Cooperative (Budi Santoso)");
		String location = created.headers().firstValue("Location").orElseThrow();

		HttpResponse<String> recorded = sara.postForm(location + "/attendance", Map.of("presence.jambi-smallholders",
				"PRESENT", "presence.isan-farmers", "REPRESENTED", "by.isan-farmers", "budi"));

		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(sara.follow(recorded).body()).contains("1 present, 1 represented by a proxy, of 14 on the roll",
				"value=\"budi\"");
		assertThat(PortalClient.signedIn(this.port, "scott").get(location, "text/html").statusCode()).isEqualTo(200);
		assertThat(PortalClient.signedIn(this.port, "mia").get(location, "text/html").statusCode()).isEqualTo(403);
		String id = location.substring(location.lastIndexOf('/') + 1);
		HttpResponse<String> forged = PortalClient.signedIn(this.port, "mia")
			.putJson("/api/meetings/" + id + "/attendance", "{\"attendance\": []}");
		assertThat(forged.statusCode()).as("a member cannot empty the register").isEqualTo(403);
		assertThat(PortalClient.detail(forged)).contains("it is for the secretariat");
		assertThat(PortalClient.signedIn(this.port, "scott")
			.postForm(location + "/attendance", Map.of("presence.jambi-smallholders", "ABSENT"))
			.statusCode()).as("scrutineers read the register, the secretariat keeps it").isEqualTo(403);
		assertThat(sara.get("/ballots/new", "text/html").body()).contains("Members&#39; meeting, Jambi");
	}

	/**
	 * A register recorded while a ballot of the meeting is being counted: either it is
	 * recorded first and the count uses it, or it is refused and the count used the one
	 * before; never recorded without being the one the count used.
	 */
	@Test
	void aRegisterRecordedWhileABallotIsCountedIsEitherCountedOrRefused() throws Exception {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		JsonNode roll = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body());
		List<String> places = new ArrayList<>();
		roll.path("entries").forEach((entry) -> places.add(entry.path("organisationId").asText()));
		Map<String, String> quorate = new LinkedHashMap<>();
		places.subList(0, 8).forEach((place) -> quorate.put(place, "PRESENT"));
		for (int round = 0; round < 6; round++) {
			String meeting = meeting(sara, "Race " + round);
			String ballot = open(sara, ballot(roll, meeting));
			this.clock.advance(Duration.ofHours(2));
			sara.postJson(ballot + "/in-room-tallies",
					"{\"inFavour\": 5, \"against\": 0, \"abstain\": 0, \"presentNotVoting\": 0}");
			PortalClient recorder = PortalClient.signedIn(this.port, "sara");
			CompletableFuture<HttpResponse<String>> recorded = CompletableFuture
				.supplyAsync(() -> attendance(recorder, meeting, quorate));
			HttpResponse<String> closed = sara.postJson(ballot + "/close", "{}");
			int status = recorded.get(30, TimeUnit.SECONDS).statusCode();
			String explanation = this.json.readTree(sara.get(ballot, "application/json").body())
				.path("result")
				.path("explanation")
				.asText();

			assertThat(closed.statusCode()).isEqualTo(200);
			assertThat(status).isIn(200, 409);
			assertThat(explanation).as("round " + round + ", register answered " + status)
				.contains((status == 200) ? "8 of 14 present or represented" : "0 of 14 present or represented");
			this.clock.reset();
		}
	}

	private String meeting(PortalClient sara, String title) throws Exception {
		HttpResponse<String> created = sara.postJson("/api/meetings", "{\"title\": \"" + title + "\", \"heldAt\": \""
				+ this.clock.instant().plus(Duration.ofHours(1)) + "\", \"timeZone\": \"Asia/Singapore\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return this.json.readTree(created.body()).path("meeting").path("id").asText();
	}

	private String ballot(JsonNode roll, String meeting) {
		Instant now = this.clock.instant();
		return """
				{"title": "Amend article 7", "ruleSet": "meeting-quorum", "rollId": "%s", "opensAt": "%s",
				 "closesAt": "%s", "timeZone": "Asia/Singapore", "inRoomSession": true%s}""".formatted(
				roll.path("id").asText(), now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1)),
				(meeting != null) ? ", \"meetingId\": \"" + meeting + "\"" : "");
	}

	private static String open(PortalClient sara, String body) {
		HttpResponse<String> opened = sara.postJson("/api/ballots", body);
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		return opened.headers().firstValue("Location").orElseThrow();
	}

	private HttpResponse<String> attendance(PortalClient sara, String meeting, Map<String, String> register) {
		StringBuilder lines = new StringBuilder();
		register.forEach((place, presence) -> lines.append((lines.length() == 0) ? "" : ", ")
			.append("{\"place\": \"")
			.append(place)
			.append("\", \"presence\": \"")
			.append(presence)
			.append("\"}"));
		return sara.putJson("/api/meetings/" + meeting + "/attendance", "{\"attendance\": [" + lines + "]}");
	}

	private JsonNode countAfterTheRoom(PortalClient sara, String ballot, int inFavour) throws Exception {
		this.clock.advance(Duration.ofHours(2));
		HttpResponse<String> room = sara.postJson(ballot + "/in-room-tallies",
				"{\"inFavour\": " + inFavour + ", \"against\": 0, \"abstain\": 0, \"presentNotVoting\": 0}");
		assertThat(room.statusCode()).as(room.body()).isEqualTo(201);
		HttpResponse<String> closed = sara.postJson(ballot + "/close", "{}");
		assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
		return this.json.readTree(closed.body());
	}

}

package org.gavel.membership;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.membership.directory.RealmFileDirectory;
import org.gavel.membership.model.Membership;
import org.gavel.membership.model.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@GavelIntegrationTest
@Import(ElectoralRollsIT.WithChangingDirectory.class)
class ElectoralRollsIT {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ChangingDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void restoreTheDirectory() {
		this.directory.reset();
	}

	@Test
	void theSecretariatTakesAGeneralAssemblyRollThatSaysWhoIsLeftOut() throws Exception {
		HttpResponse<String> response = secretariat().postJson("/api/electoral-rolls",
				"{\"electorate\": \"GENERAL_ASSEMBLY\"}");

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode roll = this.json.readTree(response.body());
		assertThat(response.headers().firstValue("Location"))
			.hasValue("/api/electoral-rolls/" + roll.path("id").asText());
		assertThat(roll.path("voters").asInt()).isEqualTo(14);
		assertThat(roll.path("takenBy").asText()).isEqualTo("sara");
		assertThat(roll.path("notes").toString()).contains("Lanna Crumb Rubber", "not in good standing",
				"Tropical Agronomy Institute", "affiliate member: no vote");
	}

	@Test
	void aTakenRollStaysAsItWasWhenTheMembershipChanges() throws Exception {
		PortalClient sara = secretariat();
		JsonNode first = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body());

		this.directory.without("olivia");
		JsonNode second = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body());
		JsonNode firstAgain = this.json
			.readTree(sara.get("/api/electoral-rolls/" + first.path("id").asText(), "application/json").body());

		assertThat(firstAgain.path("entries")).isEqualTo(first.path("entries"));
		assertThat(firstAgain.path("voters").asInt()).isEqualTo(14);
		assertThat(second.path("voters").asInt()).isEqualTo(13);
		assertThat(second.path("previousId").asText()).isEqualTo(first.path("id").asText());
		assertThat(second.path("changes").path("removed")).singleElement()
			.satisfies((removed) -> assertThat(removed.path("organisationId").asText()).isEqualTo("alder-capital"));
		assertThat(second.path("changes").path("added")).isEmpty();
		assertThat(second.path("notes").toString()).contains("Alder Capital", "no designated voting representative");
	}

	@Test
	void theExecutiveCommitteeRollHasTheFilledSeats() throws Exception {
		JsonNode roll = this.json.readTree(
				secretariat().postJson("/api/electoral-rolls", "{\"electorate\": \"EXECUTIVE_COMMITTEE\"}").body());

		assertThat(roll.path("voters").asInt()).isEqualTo(12);
		assertThat(roll.path("notes").toString()).contains("2 of 3 seats vacant", "1 of 3 seats vacant");
	}

	@Test
	void someoneRemovedFromTheDirectoryAfterSigningInIsRefusedWithTheReason() throws Exception {
		PortalClient olivia = new PortalClient(this.port);
		olivia.signIn("olivia", "demo");

		this.directory.without("olivia");
		HttpResponse<String> api = olivia.get("/api/me", "application/json");
		HttpResponse<String> page = olivia.get("/me", "text/html");

		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(this.json.readTree(api.body()).path("detail").asText())
			.isEqualTo("Your account is not in the membership directory. Ask the secretariat to add you.");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Your account is not in the membership directory.");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({
			"'{\"electorate\": \"PARLIAMENT\"}', electorate, 'PARLIAMENT' is no electorate here: GENERAL_ASSEMBLY, EXECUTIVE_COMMITTEE, or one configured: ",
			"'{}', electorate, is required",
			"'{\"electorate\": \"GENERAL_ASSEMBLY\", \"cutOff\": \"yesterday\"}', cutOff, has a value of the wrong type or format",
			"'{\"electorate\": \"GENERAL_ASSEMBLY\", \"cutOff\": \"2999-01-01T00:00:00Z\"}', cutOff, is in the future" })
	void badInputIsRefusedFieldByFieldAndNothingIsWritten(String body, String field, String message) throws Exception {
		long before = rolls();

		HttpResponse<String> response = secretariat().postJson("/api/electoral-rolls", body);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode error = this.json.readTree(response.body()).path("errors").get(0);
		assertThat(error.path("field").asText()).isEqualTo(field);
		assertThat(error.path("message").asText()).startsWith(message);
		assertThat(rolls()).isEqualTo(before);
	}

	@Test
	void anElectorateDefinedInConfigurationHasItsOwnRollAndOnlyItsMembersVote() throws Exception {
		PortalClient sara = secretariat();

		JsonNode chamber = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"smallholder-chamber\"}").body());
		JsonNode panel = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"evaluation-panel\"}").body());
		JsonNode chairs = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"working-group-chairs\"}").body());
		JsonNode again = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"smallholder-chamber\"}").body());

		assertThat(chamber.path("electorate").asText()).isEqualTo("smallholder-chamber");
		assertThat(chamber.path("electorateTitle").asText()).isEqualTo("Smallholder producers' chamber");
		assertThat(voters(chamber)).as("one designated voter per organisation of the chamber")
			.containsExactlyInAnyOrder("budi", "somchai", "kofi");
		assertThat(voters(panel)).containsExactlyInAnyOrder("eva", "ezra", "ines");
		assertThat(voters(chairs)).containsExactly("wen");
		assertThat(again.path("previousId").asText()).as("compared with the chamber's own previous roll")
			.isEqualTo(chamber.path("id").asText());
		assertThat(again.path("changes").path("added")).isEmpty();
		assertThat(sara.get("/membership/rolls", "text/html").body())
			.contains("<option value=\"smallholder-chamber\">Smallholder producers&#39; chamber</option>")
			.contains("Evaluation panel");

		Instant now = Instant.now();
		HttpResponse<String> opened = sara.postJson("/api/ballots",
				"{\"title\": \"Chamber representative\", " + "\"ruleSet\": \"simple-majority\", \"rollId\": \""
						+ chamber.path("id").asText() + "\", " + "\"opensAt\": \"" + now.minusSeconds(60)
						+ "\", \"closesAt\": \"" + now.plusSeconds(3600) + "\", \"timeZone\": \"Asia/Jakarta\"}");
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String ballot = opened.headers().firstValue("Location").orElseThrow();
		PortalClient budi = new PortalClient(this.port);
		budi.signIn("budi", "demo");
		PortalClient olivia = new PortalClient(this.port);
		olivia.signIn("olivia", "demo");

		assertThat(budi.postJson(ballot + "/votes", "{\"choice\": \"FOR\"}").statusCode()).isEqualTo(201);
		HttpResponse<String> outsider = olivia.postJson(ballot + "/votes", "{\"choice\": \"FOR\"}");
		assertThat(outsider.statusCode()).as("a General Assembly voter outside the chamber").isEqualTo(403);
		assertThat(outsider.body()).contains("urn:gavel:problem:not-on-roll");
	}

	private static List<String> voters(JsonNode roll) {
		List<String> voters = new ArrayList<>();
		roll.path("entries").forEach((entry) -> voters.add(entry.path("voter").asText()));
		return voters;
	}

	@Test
	void malformedJsonIsRefused() {
		HttpResponse<String> response = secretariat().postJson("/api/electoral-rolls", "{\"electo");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("The request body is not valid JSON.");
	}

	@Test
	void onlyTheSecretariatSeesOrTakesRolls() {
		PortalClient aisha = new PortalClient(this.port);
		aisha.signIn("aisha", "demo");
		PortalClient anonymous = new PortalClient(this.port);

		assertThat(aisha.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").statusCode())
			.isEqualTo(403);
		assertThat(aisha.get("/api/electoral-rolls", "application/json").statusCode()).isEqualTo(403);
		assertThat(aisha.get("/membership/rolls", "text/html").statusCode()).isEqualTo(403);
		assertThat(anonymous.get("/api/electoral-rolls", "application/json").statusCode()).isEqualTo(401);
	}

	@Test
	void theSecretariatTakesARollFromThePortalAndReadsIt() {
		PortalClient sara = secretariat();
		assertThat(sara.get("/membership/rolls", "text/html").body()).contains("Take a new roll for");

		HttpResponse<String> taken = sara.postForm("/membership/rolls", Map.of("electorate", "GENERAL_ASSEMBLY"));

		assertThat(taken.statusCode()).isEqualTo(302);
		String page = sara.get(taken.headers().firstValue("Location").orElseThrow(), "text/html").body();
		assertThat(page).contains("General Assembly roll: 14 voters", "Lanna Crumb Rubber", "Aisha Rahman");
	}

	@Test
	void aFormPostedWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
		PortalClient sara = secretariat();
		long before = rolls();

		HttpResponse<String> response = sara.postJsonWithoutCsrf("/api/electoral-rolls",
				"{\"electorate\": \"GENERAL_ASSEMBLY\"}");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("missing or invalid CSRF token");
		assertThat(rolls()).isEqualTo(before);
	}

	private PortalClient secretariat() {
		PortalClient sara = new PortalClient(this.port);
		sara.signIn("sara", "demo");
		return sara;
	}

	private long rolls() {
		return this.jdbc.sql("select count(*) from gavel.electoral_roll").query(Long.class).single();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class WithChangingDirectory {

		@Bean
		@Primary
		ChangingDirectory changingDirectory(RealmFileDirectory realmFile) {
			return new ChangingDirectory(realmFile);
		}

	}

	/**
	 * The realm file's directory, which a test may change to see that rolls do not.
	 */
	static class ChangingDirectory implements Directory {

		private final RealmFileDirectory realmFile;

		private final AtomicReference<Membership> membership;

		ChangingDirectory(RealmFileDirectory realmFile) {
			this.realmFile = realmFile;
			this.membership = new AtomicReference<>(realmFile.membership());
		}

		void without(String username) {
			Membership current = this.membership.get();
			List<Person> persons = current.persons().stream().filter((p) -> !p.username().equals(username)).toList();
			this.membership.set(new Membership(current.categories(), current.organisations(), persons));
		}

		void reset() {
			this.membership.set(this.realmFile.membership());
		}

		@Override
		public Membership membership() {
			return this.membership.get();
		}

	}

}

package org.gavel.membership;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo user of the realm file signs in to the portal and to the Camunda webapps and
 * lands with the rights the realm gives them, without Keycloak.
 */
@GavelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonasIT {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identities;

	/**
	 * The engine locks an account for a few seconds after a wrong password; other tests
	 * use it.
	 */
	@AfterEach
	void unlockAfterWrongPasswords() {
		this.identities.unlockUser("aisha");
	}

	@ParameterizedTest(name = "{0}")
	@CsvFileSource(resources = "/personas.csv", delimiter = '|', nullValues = "-")
	void eachDemoUserSignsInAndLandsWithTheRightRights(String username, String roles, String organisation,
			boolean designatedVoter, String allowed) throws Exception {
		PortalClient portal = new PortalClient(this.port);

		HttpResponse<String> login = portal.signIn(username, "demo");
		assertThat(login.headers().firstValue("Location")).hasValue("http://localhost:" + this.port + "/me");
		PersonaRights.assertMatches(portal.get("/api/me", "application/json").body(), roles, organisation,
				designatedVoter, allowed);
	}

	@ParameterizedTest(name = "{0} in {1}: {2}")
	@CsvSource({ "sara, cockpit, 200", "sara, admin, 200", "sara, tasklist, 200", "aisha, tasklist, 200",
			"aisha, cockpit, 403", "mia, admin, 403", "scott, tasklist, 200", "dan, tasklist, 401" })
	void theCamundaWebappsAcceptTheSameUsers(String username, String app, int status) {
		assertThat(new PortalClient(this.port).signInToCamunda(app, username, "demo").statusCode()).isEqualTo(status);
	}

	@Test
	void aWrongPasswordIsRefusedWithAClearMessageAndLogged(CapturedOutput output) {
		PortalClient portal = new PortalClient(this.port);

		HttpResponse<String> login = portal.signIn("aisha", "not-her-password");

		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
		assertThat(portal.get("/login?error", "text/html").body()).contains("Wrong username or password.");
		assertThat(output).contains("IDENTITY-011 sign-in refused user=aisha reason=Wrong username or password.");
	}

	@Test
	void aDisabledAccountIsToldSoOnlyWithItsRightPassword() {
		PortalClient portal = new PortalClient(this.port);

		portal.signIn("dan", "demo");
		String withRightPassword = portal.get("/login?error", "text/html").body();
		portal.signIn("dan", "guess");
		String withWrongPassword = portal.get("/login?error", "text/html").body();

		assertThat(withRightPassword).contains("This account is disabled. Ask the secretariat to enable it.");
		assertThat(withWrongPassword).contains("Wrong username or password.").doesNotContain("disabled");
	}

	@Test
	void explainsWhyAMemberNotInGoodStandingMayNotVote() throws Exception {
		PortalClient portal = new PortalClient(this.port);
		portal.signIn("lek", "demo");

		JsonNode me = this.json.readTree(portal.get("/api/me", "application/json").body());
		String page = portal.get("/me", "text/html").body();

		assertThat(me.path("rights").get(0).path("reason").asText())
			.isEqualTo("Lanna Crumb Rubber is not a member in good standing.");
		assertThat(page)
			.contains("You may not vote in the General Assembly: Lanna Crumb Rubber is not a member in good standing.");
	}

	@Test
	void explainsThatSomeoneWithoutAnOrganisationCannotTakePart() throws Exception {
		PortalClient portal = new PortalClient(this.port);
		portal.signIn("nora", "demo");

		JsonNode me = this.json.readTree(portal.get("/api/me", "application/json").body());

		assertThat(me.path("organisation").isNull()).isTrue();
		assertThat(me.path("rights").get(3).path("reason").asText())
			.isEqualTo("Nora Ellis belongs to no member organisation.");
	}

	@ParameterizedTest(name = "{0} may {1}: {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					lek   | VOTE_IN_GENERAL_ASSEMBLY | 403 | Lanna Crumb Rubber is not a member in good standing.
					nora  | COMMENT_ON_RESOLUTION    | 403 | Nora Ellis belongs to no member organisation.
					tariq | SUBMIT_RESOLUTION        | 403 | Tropical Agronomy Institute is an affiliate member; affiliates do not vote.
					aisha | VOTE_IN_GENERAL_ASSEMBLY | 200 | vote in the General Assembly
					aisha | SING_KARAOKE             | 400 | must be one of VOTE_IN_GENERAL_ASSEMBLY
					""")
	void oneRightIsGrantedOrRefusedWithItsReason(String username, String action, int status, String message,
			CapturedOutput output) {
		PortalClient portal = new PortalClient(this.port);
		portal.signIn(username, "demo");

		HttpResponse<String> response = portal.get("/api/me/rights/" + action, "application/json");

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.body()).contains(message);
		if (status == 403) {
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(output).contains("IDENTITY-014 right refused user=" + username + " action=" + action);
		}
	}

	@Test
	void signingOutEndsTheSession(CapturedOutput output) {
		PortalClient portal = new PortalClient(this.port);
		portal.signIn("sara", "demo");
		portal.get("/me", "text/html");

		HttpResponse<String> logout = portal.postForm("/logout", Map.of());

		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/?signed-out"));
		assertThat(portal.get("/api/me", "application/json").statusCode()).isEqualTo(401);
		assertThat(output).contains("IDENTITY-010 signed in user=sara");
	}

}

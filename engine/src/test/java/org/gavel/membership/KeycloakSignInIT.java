package org.gavel.membership;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gavel.GavelKeycloakIntegrationTest;
import org.gavel.KeycloakTokens;
import org.gavel.PortalClient;
import org.gavel.RealKeycloak;
import org.gavel.TestClock;
import org.gavel.membership.model.Role;
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
 * With the {@code keycloak} profile, against a real Keycloak: every persona signs in
 * through the OIDC authorization-code flow and with bearer tokens, and lands with the
 * same rights as without Keycloak; the portal, the API and the Camunda webapps allow and
 * deny alike.
 */
@GavelKeycloakIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class KeycloakSignInIT {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	ApiTokens apiTokens;

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@ParameterizedTest(name = "{0}")
	@CsvFileSource(resources = "/personas.csv", delimiter = '|', nullValues = "-")
	void eachPersonaSignsInThroughKeycloakWithTheRightRights(String username, String roles, String organisation,
			boolean designatedVoter, String allowed) throws Exception {
		PortalClient browser = new PortalClient(this.port);

		HttpResponse<String> landed = browser.signInThroughKeycloak(username, "demo");

		assertThat(landed.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/me"));
		PersonaRights.assertMatches(browser.get("/api/me", "application/json").body(), roles, organisation,
				designatedVoter, allowed);
	}

	@ParameterizedTest(name = "{0} with a bearer token")
	@CsvFileSource(resources = "/personas.csv", delimiter = '|', nullValues = "-")
	void eachPersonaCallsTheApiWithABearerToken(String username, String roles, String organisation,
			boolean designatedVoter, String allowed) throws Exception {
		String token = KeycloakTokens.token(RealKeycloak.url(), "gavel", username, "demo");

		HttpResponse<String> me = new PortalClient(this.port).getWithToken("/api/me", token);

		assertThat(me.statusCode()).isEqualTo(200);
		PersonaRights.assertMatches(me.body(), roles, organisation, designatedVoter, allowed);
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "sara, /membership/rolls, 200", "aisha, /membership/rolls, 403", "mia, /membership/rolls, 403",
			"sara, /me, 200", "mia, /me, 200", "sara, /camunda/app/cockpit/default/, 200",
			"aisha, /camunda/app/tasklist/default/, 200" })
	void portalAndWebappsAllowAndDenyBySignedInPerson(String username, String path, int status) {
		PortalClient browser = new PortalClient(this.port);
		browser.signInThroughKeycloak(username, "demo");

		assertThat(browser.get(path, "text/html").statusCode()).isEqualTo(status);
	}

	@ParameterizedTest(name = "{0} in the webapps: {1}")
	@CsvSource({ "sara, 'admin,cockpit,tasklist,welcome'", "aisha, 'tasklist,welcome'", "scott, 'tasklist,welcome'" })
	void theWebappsKnowWhoSignedInThroughKeycloak(String username, String apps) throws Exception {
		PortalClient browser = new PortalClient(this.port);
		browser.signInThroughKeycloak(username, "demo");
		browser.get("/camunda/app/welcome/default/", "text/html");

		JsonNode user = this.json
			.readTree(browser.get("/camunda/api/admin/auth/user/default", "application/json").body());

		assertThat(user.path("userId").asText()).isEqualTo(username);
		assertThat(PersonaRights.texts(user.path("authorizedApps"))).containsExactlyInAnyOrder(apps.split(","));
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource({ "sara, POST, /api/electoral-rolls, 201", "aisha, POST, /api/electoral-rolls, 403",
			"sara, GET, /engine-rest/task/count, 200", "mia, GET, /engine-rest/task/count, 200",
			"aisha, GET, /api/electoral-rolls, 403" })
	void theApiAllowsAndDeniesByBearer(String username, String method, String path, int status) {
		String token = KeycloakTokens.token(RealKeycloak.url(), "gavel", username, "demo");
		PortalClient script = new PortalClient(this.port);

		HttpResponse<String> response = method.equals("GET") ? script.getWithToken(path, token)
				: script.postJsonWithToken(path, "{\"electorate\": \"EXECUTIVE_COMMITTEE\"}", token);

		assertThat(response.statusCode()).isEqualTo(status);
	}

	@ParameterizedTest(name = "{0} with a token may {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			lek  | VOTE_IN_GENERAL_ASSEMBLY | 403 | Lanna Crumb Rubber is not a member in good standing.
			nora | COMMENT_ON_RESOLUTION    | 403 | Nora Ellis belongs to no member organisation.
			kofi | VOTE_IN_GENERAL_ASSEMBLY | 200 | vote in the General Assembly
			""")
	void oneRightIsGrantedOrRefusedWithItsReason(String username, String action, int status, String message) {
		String token = KeycloakTokens.token(RealKeycloak.url(), "gavel", username, "demo");

		HttpResponse<String> response = new PortalClient(this.port).getWithToken("/api/me/rights/" + action, token);

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.body()).contains(message);
	}

	@Test
	void aWrongPasswordStaysAtKeycloaksLoginPageWithItsMessage() {
		PortalClient browser = new PortalClient(this.port);

		HttpResponse<String> page = browser.signInThroughKeycloak("aisha", "not-her-password");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Invalid username or password.");
		assertThat(browser.get("/api/me", "application/json").statusCode()).isEqualTo(401);
	}

	@Test
	void aNewApplicantRegistersOnKeycloaksOwnPageAndMayApplyAndNothingMore() {
		PortalClient browser = new PortalClient(this.port);
		String username = "applicant-" + System.nanoTime();

		HttpResponse<String> back = browser.registerThroughKeycloak(username, username + "@example.org",
				"a long new passphrase");

		assertThat(back.statusCode()).as(back.body()).isIn(200, 302);
		HttpResponse<String> me = browser.get("/api/me", "application/json");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains(username, "\"roles\":[\"applicant\"]",
				"\"description\":\"submit proposals to requests for proposals\",\"allowed\":true");
		assertThat(browser.get("/proposals", "text/html").statusCode()).isEqualTo(200);
		assertThat(browser.get("/rfps", "text/html").statusCode()).isEqualTo(403);
		assertThat(browser.get("/ballots", "text/html").statusCode()).isEqualTo(403);
	}

	@Test
	void aDisabledAccountIsToldSoByKeycloak() {
		HttpResponse<String> page = new PortalClient(this.port).signInThroughKeycloak("dan", "demo");

		assertThat(page.body()).contains("Account is disabled");
	}

	@Test
	void aWrongPasswordAtTheCamundaLoginIsARefusalNotAnError() {
		HttpResponse<String> response = new PortalClient(this.port).signInToCamunda("tasklist", "mia", "wrong");

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void anExpiredTokenIsRefusedAndLogged(CapturedOutput output) throws Exception {
		String token = KeycloakTokens.token(RealKeycloak.url(), "gavel", "aisha", "demo");

		this.clock.advance(Duration.ofMinutes(10));
		HttpResponse<String> response = new PortalClient(this.port).getWithToken("/api/me", token);

		assertRefusedToken(response);
		assertThat(output).contains("IDENTITY-013 bearer token refused for GET /api/me").contains("expired");
		assertThat(output).doesNotContain(token.split("\\.")[2]);
		assertThat(response.body()).doesNotContain(token.split("\\.")[2]);
	}

	@Test
	void aTokenFromAnotherRealmIsRefused(CapturedOutput output) throws Exception {
		String token = KeycloakTokens.token(RealKeycloak.url(), "other", "sara", "demo");

		assertRefusedToken(new PortalClient(this.port).getWithToken("/api/me", token));
		assertThat(output).contains("IDENTITY-013").contains("Signed JWT rejected");
	}

	@Test
	void aTokenForAnotherAudienceIsRefused(CapturedOutput output) throws Exception {
		String token = KeycloakTokens.serviceToken(RealKeycloak.url(), "gavel-camunda", "gavel-camunda-secret");

		assertRefusedToken(new PortalClient(this.port).getWithToken("/api/me", token));
		assertThat(output).contains("IDENTITY-013").contains("aud");
		assertThat(output).as("who the token names, not the token, which is valid elsewhere")
			.contains("IDENTITY-011 sign-in refused user=bearer token sub=", "azp=gavel-camunda")
			.doesNotContain(token)
			.doesNotContain(token.split("\\.")[2]);
	}

	@Test
	void aPersonalApiTokenWorksBesideKeycloaksTokens() {
		String token = this.apiTokens
			.issue(new ApiTokens.IssueToken("scott", Role.SCRUTINEER, "with Keycloak", 1, "sara"))
			.orElseThrow()
			.secret();

		HttpResponse<String> me = new PortalClient(this.port).getWithToken("/api/me", token);

		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"scott\"");
		assertThat(new PortalClient(this.port).getWithToken("/api/me", token + "x").statusCode()).isEqualTo(401);
	}

	@Test
	void aForgedTokenIsRefused() throws Exception {
		String token = KeycloakTokens.token(RealKeycloak.url(), "gavel", "mia", "demo");
		String[] parts = token.split("\\.");
		String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];

		assertRefusedToken(new PortalClient(this.port).getWithToken("/api/me", forged));
	}

	@Test
	void signingOutEndsTheKeycloakSessionToo() {
		PortalClient browser = new PortalClient(this.port);
		browser.signInThroughKeycloak("sara", "demo");
		browser.get("/me", "text/html");

		HttpResponse<String> toKeycloak = browser.postForm("/logout", Map.of());
		assertThat(toKeycloak.headers().firstValue("Location")).hasValueSatisfying(
				(to) -> assertThat(to).startsWith(RealKeycloak.url() + "/realms/gavel/protocol/openid-connect/logout"));
		HttpResponse<String> back = browser.follow(toKeycloak);
		assertThat(back.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/?signed-out"));

		HttpResponse<String> again = browser.follow(browser.get("/oauth2/authorization/keycloak", "text/html"));
		assertThat(again.body()).as("Keycloak asks for the password again").contains("kc-form-login");
		assertThat(browser.get("/api/me", "application/json").statusCode()).isEqualTo(401);
	}

	private void assertRefusedToken(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
		assertThat(this.json.readTree(response.body()).path("detail").asText())
			.startsWith("The access token was refused");
	}

}

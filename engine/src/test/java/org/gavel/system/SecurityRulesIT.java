package org.gavel.system;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each kind of visitor may reach, path by path. Whatever is not listed in
 * {@code SecurityConfiguration} is denied.
 */
@GavelIntegrationTest
class SecurityRulesIT {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	IdentityService identities;

	/**
	 * The engine locks an account for a few seconds after a wrong password; other tests
	 * use it.
	 */
	@AfterEach
	void unlockAfterWrongPasswords() {
		this.identities.unlockUser("sara");
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "GET, /, 200", "GET, /assets/gavel.css, 200", "GET, /v3/api-docs, 200", "GET, /login, 200",
			"GET, /actuator/health, 200", "GET, /actuator/health/readiness, 200", "GET, /actuator/prometheus, 401",
			"GET, /actuator/info, 200", "GET, /camunda/app/welcome/default/, 200", "GET, /actuator/env, 401",
			"GET, /actuator/beans, 401", "GET, /engine-rest/process-definition, 401", "GET, /engine-rest/task, 401",
			"GET, /no-such-page, 401", "GET, /me, 401", "GET, /api/me, 401", "GET, /membership/rolls, 401",
			"GET, /membership/api-tokens, 401", "POST, /membership/api-tokens, 403", "GET, /meetings, 401",
			"POST, /meetings, 403", "GET, /api/meetings, 401", "POST, /api/meetings, 403",
			"GET, /api/electoral-rolls, 401", "POST, /, 403", "POST, /api/electoral-rolls, 403",
			"GET, /api/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10, 401",
			"GET, /api/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/receipts/0000, 404",
			"POST, /api/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/votes, 403", "GET, /api/ballots, 401",
			"GET, /ballots, 401", "GET, /funding, 401", "POST, /funding/RFP-2027-01-P001/pledge, 403",
			"GET, /projects, 401", "GET, /projects/RFP-2027-01-P001, 401",
			"POST, /projects/RFP-2027-01-P001/milestones, 403", "GET, /proposals/RFP-2027-01-P001/letter, 401",
			"POST, /rfps/RFP-2027-01/recommendation, 403", "POST, /rfps/RFP-2027-01/templates/0, 403",
			"GET, /ballots/new, 401", "POST, /ballots, 403", "GET, /calls/RFP-2027-01/templates/0, 404",
			"GET, /ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10, 401",
			"GET, /ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/receipt, 404",
			"GET, /ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/voted, 401",
			"GET, /api/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/proxies, 401",
			"POST, /api/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/proxies, 403",
			"POST, /ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/proxy, 403",
			"POST, /engine-rest/process-definition/key/SmokeProcess/start, 401", "GET, /approvals, 401",
			"GET, /approvals/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10, 401", "GET, /terms, 401", "GET, /terms/new, 401",
			"POST, /terms, 403", "POST, /approvals/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/review, 403",
			"GET, /assemblies, 401", "GET, /assemblies/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10, 401",
			"GET, /assemblies/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/edit, 401",
			"POST, /assemblies/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10, 403",
			"GET, /assemblies/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/booklet, 401",
			"GET, /assemblies/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/booklet.pdf, 401",
			"GET, /resolutions/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10, 401",
			"GET, /resolutions/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/certificate, 401", "GET, /register, 401",
			"POST, /assemblies, 403", "POST, /resolutions/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/endorse, 403",
			"POST, /resolutions/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/comments, 403",
			"POST, /resolutions/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/invitations, 403" })
	void anonymousVisitorsReachOnlyWhatIsPublic(String method, String path, int status) {
		PortalClient anonymous = new PortalClient(this.port);

		HttpResponse<String> response = method.equals("GET") ? anonymous.get(path, "*/*")
				: anonymous.postJsonWithoutCsrf(path, "{}");

		assertThat(response.statusCode()).isEqualTo(status);
	}

	@ParameterizedTest(name = "{0} {1} as a member without office -> {2}")
	@CsvSource({ "GET, /api/ballots, 200", "GET, /ballots, 200",
			"POST, /api/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/in-room-tallies, 403",
			"POST, /api/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/sign-off, 403",
			"POST, /api/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/paper-ballots, 403",
			"POST, /api/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/close, 403", "POST, /api/ballots, 403",
			"GET, /api/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/audit, 403",
			"POST, /api/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/proxies, 404",
			"POST, /ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/sign-off, 403",
			"POST, /ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/close, 403",
			"POST, /ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/in-room, 403", "GET, /terms/new, 403",
			"POST, /approvals/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/review, 403",
			"POST, /approvals/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/chair-decision, 403",
			"POST, /approvals/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/close-round, 403", "GET, /assemblies/new, 403",
			"POST, /assemblies, 403", "POST, /assemblies/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/booklet, 403",
			"GET, /assemblies/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/edit, 403",
			"POST, /assemblies/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10, 403",
			"POST, /resolutions/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/review, 403",
			"POST, /resolutions/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/implementation, 403",
			"POST, /resolutions/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/ec-position, 403", "GET, /assemblies, 200",
			"GET, /register, 200", "GET, /resolutions/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10, 404",
			"GET, /assemblies/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10/booklet.pdf, 406" })
	void officersAloneOpenCountAndSignOff(String method, String path, int status) {
		PortalClient mia = new PortalClient(this.port);
		mia.signIn("mia", "demo");

		HttpResponse<String> response = method.equals("GET") ? mia.get(path, "application/json")
				: mia.postJson(path, "{\"holder\": \"kofi\"}");

		assertThat(response.statusCode()).isEqualTo(status);
	}

	@ParameterizedTest(name = "{0} as a browser -> login page")
	@CsvSource({ "/me", "/membership/rolls", "/no-such-page", "/ballots" })
	void anonymousBrowsersAreSentToTheLoginPage(String path) {
		HttpResponse<String> response = new PortalClient(this.port).get(path, "text/html");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + this.port + "/login");
	}

	@ParameterizedTest(name = "{0}:{1} -> {2}")
	@CsvSource({ "sara, demo, 200", "aisha, demo, 200", "sara, wrong, 401", "nobody, demo, 401", "dan, demo, 401" })
	void theRestApiAuthenticatesAgainstTheEngineIdentities(String user, String password, int status) {
		ResponseEntity<String> response = this.http.withBasicAuth(user, password)
			.getForEntity("/engine-rest/process-definition", String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(status);
	}

	@ParameterizedTest(name = "{0} as {1} -> {2}")
	@CsvSource({ "/approvals/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10, text/html, text/html",
			"/approvals/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10, application/json, application/problem+json",
			"/ballots/not-a-uuid, text/html, text/html",
			"/ballots/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10, text/html, text/html",
			"/api/ballots/not-a-uuid, application/json, application/problem+json",
			"/resolutions/not-a-uuid, text/html, text/html",
			"/terms/6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10, text/html, text/html" })
	void anUnknownOrMalformedIdIsA404InThePortalsStyleOrAsAProblem(String path, String accept, String type) {
		PortalClient sara = new PortalClient(this.port);
		sara.signIn("sara", "demo");

		HttpResponse<String> response = sara.get(path, accept);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith(type));
		assertThat(response.body()).doesNotContain("Exception", "at org.");
		if (type.equals("text/html")) {
			assertThat(response.body()).contains("<!DOCTYPE html>", "class=\"site\"");
		}
	}

	@Test
	void portalPagesSendAStrictContentSecurityAndReferrerPolicy() {
		HttpResponse<String> home = new PortalClient(this.port).get("/", "text/html");

		assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> assertThat(csp)
			.contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("unsafe-inline"));
		assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(home.headers().firstValue("Set-Cookie").orElse("")).as("HTTP, so no Secure flag here")
			.doesNotContain("Secure");
	}

	@ParameterizedTest(name = "{0} as {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					/no-such-page         | application/json | application/problem+json | 404 | Gavel has no page at this address; check the address or the link you followed.
					/no-such-page         | text/html        | text/html                | 404 | Gavel has no page at this address; check the address or the link you followed.
					/membership/rolls     | text/html        | text/html                | 403 | You are not allowed to see or do this: it is for the secretariat.
					/api/electoral-rolls  | application/json | application/problem+json | 403 | You are not allowed to see or do this: it is for the secretariat.
					/api/ballots          | application/json | application/problem+json | 403 | it is for members, Executive Committee members, the secretariat and scrutineers.
					""")
	void refusalsToASignedInPersonSayWhoItIsForWithoutInternals(String path, String accept, String contentType,
			int status, String why) {
		PortalClient mia = new PortalClient(this.port);
		mia.signIn(path.equals("/api/ballots") ? "eva" : "mia", "demo");

		HttpResponse<String> response = mia.get(path, accept);

		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(contentType));
		assertThat(response.body()).contains(why).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void theSecretariatTryingToSignOffIsToldSignOffIsForScrutineers() {
		HttpResponse<String> response = PortalClient.signedIn(this.port, "sara")
			.postJson("/api/ballots/" + UUID.randomUUID() + "/sign-off", "{}");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(PortalClient.detail(response))
			.isEqualTo("You are not allowed to see or do this: it is for scrutineers.");
	}

}

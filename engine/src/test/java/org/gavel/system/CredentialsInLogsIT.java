package org.gavel.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.membership.SignInThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of credential Gavel may be handed, sent through every path that refuses it,
 * each marked so it can be looked for: none reaches a log line, an error page or a
 * problem document, while the refusals themselves are logged. (Bearer tokens:
 * KeycloakSignInIT.)
 */
@GavelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CredentialsInLogsIT {

	static final String PASSWORD = "Pw-Marker-Q7x";

	static final String SESSION = "Sess0Marker0Z9y0000000000000000";

	static final String CSRF = "Csrf-Marker-K4w";

	static final String API_TOKEN = "gvl_ApiTokenMarker0000000000000000000000000000";

	static final String INLINE_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.TokenMarkerSignature";

	@LocalServerPort
	int port;

	@Autowired
	SignInThrottle throttle;

	@AfterEach
	void liftLocks() {
		this.throttle.lift("claire", null, "test");
	}

	@Test
	void noRefusedCredentialReachesTheLogOrTheAnswer(CapturedOutput output) throws Exception {
		PortalClient portal = new PortalClient(this.port);
		portal.get("/login", "text/html");
		HttpResponse<String> form = portal.postForm("/login", Map.of("username", "claire", "password", PASSWORD));
		HttpResponse<String> basic = portal.getWithBasic("/engine-rest/task", "claire", PASSWORD);
		HttpResponse<String> webapps = new PortalClient(this.port).signInToCamunda("tasklist", "claire", PASSWORD);
		HttpResponse<String> session = raw("/me", Map.of("Cookie", "JSESSIONID=" + SESSION, "Accept", "text/html"));
		PortalClient signedIn = PortalClient.signedIn(this.port, "claire");
		HttpResponse<String> csrf = raw(
				"/ballots/00000000-0000-0000-0000-000000000000/vote", Map.of("Cookie", signedIn.sessionAndCsrf()[0],
						"Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"),
				"choice=FOR&_csrf=" + CSRF);
		HttpResponse<String> bearer = raw("/api/me", Map.of("Authorization", "Bearer " + INLINE_TOKEN));
		HttpResponse<String> apiToken = raw("/api/me", Map.of("Authorization", "Bearer " + API_TOKEN));
		HttpResponse<String> apiTokenOnAPage = raw("/me",
				Map.of("Authorization", "Bearer " + API_TOKEN, "Accept", "text/html"));

		assertThat(form.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).contains("error"));
		assertThat(basic.statusCode()).isEqualTo(401);
		assertThat(webapps.statusCode()).isEqualTo(401);
		assertThat(csrf.statusCode()).isEqualTo(403);
		assertThat(apiToken.statusCode()).isEqualTo(401);
		assertThat(apiTokenOnAPage.statusCode()).isEqualTo(401);
		assertThat(output).as("the refusals are logged")
			.contains("IDENTITY-011 sign-in refused user=claire")
			.contains("IDENTITY-019 API token refused for GET /api/me: no such token")
			.contains("IDENTITY-019 API token refused for GET /me: used outside /api");
		for (String credential : new String[] { PASSWORD, SESSION, CSRF, INLINE_TOKEN, "TokenMarkerSignature",
				"ApiTokenMarker" }) {
			assertThat(output.getAll()).as("the log").doesNotContain(credential);
			for (HttpResponse<String> answer : new HttpResponse[] { form, basic, webapps, session, csrf, bearer,
					apiToken, apiTokenOnAPage }) {
				assertThat(answer.body()).as("the answer to " + answer.uri()).doesNotContain(credential);
			}
		}
	}

	@Test
	void aLineBreakInInputCannotForgeALogLine(CapturedOutput output) {
		PortalClient attacker = new PortalClient(this.port);
		attacker.get("/login", "text/html");
		attacker.postForm("/login", Map.of("username", "eve\n2026-01-01T00:00:00Z ERROR forged line", "password", "x"));

		assertThat(output).contains("IDENTITY-011 sign-in refused user=eve\\n2026-01-01T00:00:00Z ERROR forged line");
		assertThat(output.getAll().lines()).noneMatch((line) -> line.startsWith("2026-01-01T00:00:00Z ERROR forged"));
	}

	private HttpResponse<String> raw(String path, Map<String, String> headers) throws Exception {
		return raw(path, headers, null);
	}

	private HttpResponse<String> raw(String path, Map<String, String> headers, String form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		headers.forEach(request::header);
		request.method((form != null) ? "POST" : "GET",
				(form != null) ? HttpRequest.BodyPublishers.ofString(form) : HttpRequest.BodyPublishers.noBody());
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}

package org.gavel.system;

import org.gavel.GavelIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person who has not logged in may reach, path by path. Whatever is not listed in
 * {@code SecurityConfiguration} is denied.
 */
@GavelIntegrationTest
class SecurityRulesIT {

	@Autowired
	TestRestTemplate http;

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "GET, /, 200", "GET, /assets/gavel.css, 200", "GET, /actuator/health, 200",
			"GET, /actuator/health/readiness, 200", "GET, /actuator/prometheus, 200", "GET, /actuator/info, 200",
			"GET, /actuator/env, 403", "GET, /actuator/beans, 403", "GET, /camunda/app/welcome/default/, 200",
			"GET, /engine-rest/process-definition, 401", "GET, /engine-rest/task, 401",
			"POST, /engine-rest/process-definition/key/SmokeProcess/start, 401", "GET, /no-such-page, 403",
			"POST, /, 403" })
	void anonymousVisitorsReachOnlyWhatIsPublic(HttpMethod method, String path, int status) {
		ResponseEntity<String> response = this.http.exchange(path, method, null, String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(status);
	}

	@ParameterizedTest(name = "{0}:{1} -> {2}")
	@CsvSource({ "admin, admin, 200", "admin, wrong, 401", "nobody, admin, 401" })
	void theRestApiAuthenticatesAgainstTheEngineIdentities(String user, String password, int status) {
		ResponseEntity<String> response = this.http.withBasicAuth(user, password)
			.getForEntity("/engine-rest/process-definition", String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(status);
	}

	@ParameterizedTest(name = "Accept {0}")
	@CsvSource({ "application/json, application/problem+json", "text/html, text/html" })
	void refusalsAreExplainedWithoutInternals(String accept, String contentType) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(java.util.List.of(MediaType.parseMediaType(accept)));

		ResponseEntity<String> response = this.http.exchange("/no-such-page", HttpMethod.GET, new HttpEntity<>(headers),
				String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(403);
		assertThat(response.getHeaders().getContentType().toString()).startsWith(contentType);
		assertThat(response.getBody()).contains("You are not allowed to see this")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
	}

}

package org.gavel.system;

import java.net.http.HttpResponse;

import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind HTTPS, as the public URL says, the session cookie is {@code Secure}.
 */
@GavelIntegrationTest
// An engine name of its own: Camunda keeps engines in a static registry by name, and the
// REST API of the shared test context serves the one named "default".
@TestPropertySource(
		properties = { "gavel.public-url=https://gavel.example.org", "camunda.bpm.process-engine-name=secure-cookie" })
class SecureCookieIT {

	@LocalServerPort
	int port;

	@Test
	void theSessionCookieIsSecureWhenThePublicUrlIsHttps() {
		HttpResponse<String> login = new PortalClient(this.port).get("/login", "text/html");

		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("Secure", "HttpOnly", "SameSite=Lax"));
	}

}

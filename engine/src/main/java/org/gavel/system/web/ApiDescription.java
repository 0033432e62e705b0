package org.gavel.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of Gavel's JSON API ({@code /v3/api-docs}): its title and the
 * build's version, and how a client authenticates today: the portal's session cookie with
 * the session's CSRF token in the {@code X-CSRF-TOKEN} header (the token a portal page's
 * forms carry), or, with the {@code keycloak} profile, a Keycloak bearer token, which
 * needs no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String SESSION = "session";

	static final String CSRF = "csrf";

	static final String BEARER = "bearer";

	@Bean
	OpenAPI gavelApi(ObjectProvider<BuildProperties> build) {
		String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("development");
		return new OpenAPI()
			.info(new Info().title("Gavel API")
				.version(version)
				.description("Ballots, votes with receipts, proxies, in-room tallies, sign-offs, audit exports and "
						+ "electoral rolls. Every refusal is application/problem+json; a refusal of a field names "
						+ "it under errors[].field. The rules behind each answer: docs/voting-rules.md.")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes(SESSION,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name("JSESSIONID")
							.description("The portal's session after signing in; a request that changes "
									+ "anything also carries the CSRF token"))
				.addSecuritySchemes(CSRF,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("X-CSRF-TOKEN")
							.description("The session's CSRF token (the _csrf value of any portal page's form), "
									+ "on every POST, PUT and DELETE made with the session"))
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("JWT")
							.description("With the keycloak profile: an access token from Keycloak for the "
									+ "gavel client; no CSRF token needed")))
			.addSecurityItem(new SecurityRequirement().addList(SESSION).addList(CSRF))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}

package org.gavel.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of Gavel's JSON API ({@code /v3/api-docs}): its title and the
 * build's version, and how a client authenticates today: the portal's session cookie with
 * the session's CSRF token in the {@code X-CSRF-TOKEN} header (the token a portal page's
 * forms carry), or a bearer token (a personal API token; with the {@code keycloak}
 * profile, a Keycloak access token too), which needs no CSRF token; the answers common to
 * every operation, and the problem document every refusal is.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String SESSION = "session";

	static final String CSRF = "csrf";

	static final String BEARER = "bearer";

	/**
	 * The answers every operation may give besides its own: 401 and 403 (save the receipt
	 * check, which is open to anyone), 413 and 503 for those that write, each a problem
	 * document.
	 * @return the customizer
	 */
	@Bean
	OpenApiCustomizer commonAnswers() {
		return (api) -> {
			api.getComponents().addSchemas("Problem", problemSchema());
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				ApiResponses answers = operation.getResponses();
				if (!path.contains("/receipts/")) {
					answers.putIfAbsent("401", problem("Not signed in, or the session or token was refused "
							+ "(expired, revoked, its account disabled); WWW-Authenticate says so for a token"));
					answers.putIfAbsent("403", problem("Signed in, but the operation is for another role or "
							+ "condition: detail names it (e.g. it is for the secretariat)"));
				}
				if (method != PathItem.HttpMethod.GET) {
					answers.putIfAbsent("413", problem("The body is larger than GAVEL_API_MAX_REQUEST_SIZE"));
					answers.putIfAbsent("503", problem("The database is busy for a moment and nothing was written; "
							+ "send the same request again after Retry-After seconds"));
				}
				answers.forEach((code, answer) -> {
					if (code.startsWith("4") || code.startsWith("5")) {
						answer.setContent(new Content().addMediaType("application/problem+json",
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
					}
				});
			}));
		};
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		Schema field = new ObjectSchema().addProperty("field", new StringSchema().description("the field at fault"))
			.addProperty("message", new StringSchema().description("what is wrong with it"));
		return new ObjectSchema().description("A refusal (RFC 9457)")
			.addProperty("type",
					new StringSchema().description("urn:gavel:problem:<refusal>, e.g. "
							+ "urn:gavel:problem:already-voted; about:blank where the status says it all"))
			.addProperty("title", new StringSchema().description("the status in words"))
			.addProperty("status", new IntegerSchema().description("the HTTP status"))
			.addProperty("detail", new StringSchema().description("why, in words a secretariat can act on"))
			.addProperty("instance", new StringSchema().description("the path asked for"))
			.addProperty("errors", new ArraySchema().items(field).description("with 400: each field at fault"));
	}

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
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("A personal API token (gvl_…) the secretariat issued on "
							+ "/membership/api-tokens, acting for one person in one role; or, with the keycloak "
							+ "profile, an access token from Keycloak for the audience gavel-api. No CSRF token "
							+ "is needed, no session is made.")))
			.addSecurityItem(new SecurityRequirement().addList(SESSION).addList(CSRF))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}

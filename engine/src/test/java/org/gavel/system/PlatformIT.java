package org.gavel.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on PostgreSQL: health, metrics, schema, deployment and the REST
 * API driving a process from start to end.
 */
@GavelIntegrationTest
class PlatformIT {

	private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	TestRestTemplate http;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void reportsTheDatabaseAndTheProcessEngineAsHealthyToTheSecretariatAndOnlyUpToOthers() throws Exception {
		ResponseEntity<Map<String, Object>> health = this.http.exchange("/actuator/health", HttpMethod.GET, null,
				OBJECT);

		assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(health.getBody()).containsEntry("status", "UP").doesNotContainKey("components");
		String forTheSecretariat = PortalClient.signedIn(this.port, "sara")
			.get("/actuator/health", "application/json")
			.body();
		assertThat(forTheSecretariat).contains("\"db\"", "\"processEngine\"");
	}

	@Test
	void runsOnPostgresql() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
	}

	@Test
	void exposesMetricsForPrometheus() {
		this.http.getForEntity("/", String.class);

		assertThat(new PortalClient(this.port).get("/actuator/prometheus", "*/*").statusCode())
			.as("not for anonymous visitors on the main port")
			.isEqualTo(401);
		var metrics = PortalClient.signedIn(this.port, "sara").get("/actuator/prometheus", "text/plain");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body())
			.contains("jvm_memory_used_bytes", "hikaricp_connections_active", "hikaricp_connections_pending",
					"hikaricp_connections_acquire_seconds_max", "hikaricp_connections_timeout_total")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/\"[^}]*\\} [1-9]");
	}

	@Test
	void describesTheJsonApiAsOpenApi() {
		ResponseEntity<String> description = this.http.getForEntity("/v3/api-docs", String.class);

		assertThat(description.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(description.getBody())
			.contains("\"openapi\":\"3.", "/api/ballots/{id}/votes", "/api/ballots/{id}/receipts/{receipt}",
					"/api/electoral-rolls", "/api/me/rights/{action}")
			.doesNotContain("\"/membership/rolls\"", "\"/login\"", "OpenAPI definition");
		assertThat(description.getBody()).as("titled, versioned, with how a client authenticates")
			.contains("\"title\":\"Gavel API\"", "\"securitySchemes\"", "\"X-CSRF-TOKEN\"", "\"scheme\":\"bearer\"");
	}

	/**
	 * Every operation of the JSON API is described, with the status codes it really
	 * answers (a creation 201, not 200) and its refusals as problem documents; every
	 * field of what it reads and writes is described.
	 */
	@Test
	void describesEveryOperationFieldAndRefusal() throws Exception {
		JsonNode api = new ObjectMapper().readTree(this.http.getForEntity("/v3/api-docs", String.class).getBody());
		List<String> operations = new ArrayList<>();
		api.get("paths").fields().forEachRemaining((path) -> path.getValue().fields().forEachRemaining((method) -> {
			String name = method.getKey().toUpperCase() + " " + path.getKey();
			operations.add(name);
			JsonNode operation = method.getValue();
			assertThat(operation.path("summary").asText()).as(name + " summary").isNotBlank();
			assertThat(operation.path("description").asText()).as(name + " description").isNotBlank();
			JsonNode answers = operation.get("responses");
			answers.fieldNames().forEachRemaining((code) -> {
				assertThat(answers.get(code).path("description").asText()).as(name + " " + code).isNotBlank();
				if (code.startsWith("4") || code.startsWith("5")) {
					assertThat(answers.get(code).path("content").has("application/problem+json"))
						.as(name + " " + code + " is a problem document")
						.isTrue();
				}
			});
			if (!path.getKey().contains("/receipts/")) {
				assertThat(answers.has("401") && answers.has("403")).as(name + " says who may").isTrue();
			}
		}));
		assertThat(operations).hasSizeGreaterThanOrEqualTo(19);
		JsonNode paths = api.get("paths");
		assertThat(paths.at("/~1api~1ballots/post/responses").has("201")).isTrue();
		assertThat(paths.at("/~1api~1ballots/post/responses").has("200")).as("a creation answers 201").isFalse();
		assertThat(paths.at("/~1api~1ballots~1{id}~1votes/post/responses/409/description").asText())
			.contains("urn:gavel:problem:already-voted");
		assertThat(paths.at("/~1api~1ballots~1{id}~1in-room-tallies/post/responses").has("422")).isTrue();
		api.get("components").get("schemas").fields().forEachRemaining((schema) -> {
			JsonNode properties = schema.getValue().path("properties");
			properties.fields()
				.forEachRemaining((field) -> assertThat(field.getValue().path("description").asText())
					.as(schema.getKey() + "." + field.getKey())
					.isNotBlank());
		});
		assertThat(api.at("/components/securitySchemes/bearer/description").asText()).contains("gvl_");
	}

	@Test
	void keepsGavelTablesInTheirOwnSchemaUnderFlyway() {
		Integer applied = this.jdbc.queryForObject("select count(*) from gavel.flyway_schema_history where success",
				Integer.class);
		Integer rollTables = this.jdbc.queryForObject(
				"select count(*) from information_schema.tables where table_schema = 'gavel' and table_name like 'electoral_roll%'",
				Integer.class);
		Integer camundaTablesInGavelSchema = this.jdbc.queryForObject(
				"select count(*) from information_schema.tables where table_schema = 'gavel' and table_name like 'act_%'",
				Integer.class);

		assertThat(applied).isPositive();
		assertThat(rollTables).isEqualTo(3);
		assertThat(camundaTablesInGavelSchema).isZero();
	}

	@Test
	void deploysEveryProcessAndFormFromTheirModules() {
		List<Map<String, Object>> definitions = this.http.withBasicAuth("sara", "demo")
			.exchange("/engine-rest/process-definition?latestVersion=true", HttpMethod.GET, null, LIST)
			.getBody();

		assertThat(definitions).extracting((definition) -> definition.get("key")).contains("SmokeProcess");
		assertThat(definitions).allSatisfy((definition) -> assertThat(definition.get("historyTimeToLive")).isNotNull());
		List<Map<String, Object>> decisions = this.http.withBasicAuth("sara", "demo")
			.exchange("/engine-rest/decision-definition?latestVersion=true", HttpMethod.GET, null, LIST)
			.getBody();
		assertThat(decisions).extracting((decision) -> decision.get("key")).contains("GrievanceTriage");
	}

	@Test
	void drivesTheSmokeProcessFromStartToEndThroughTheRestApi() {
		TestRestTemplate admin = this.http.withBasicAuth("sara", "demo");

		Map<String, Object> started = admin.postForObject("/engine-rest/process-definition/key/SmokeProcess/start",
				Map.of(), Map.class);
		String instanceId = (String) started.get("id");
		List<Map<String, Object>> tasks = admin
			.exchange("/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null, LIST)
			.getBody();
		assertThat(tasks).singleElement().satisfies((task) -> {
			assertThat(task.get("taskDefinitionKey")).isEqualTo("Activity_ConfirmInstallation");
			assertThat(task.get("camundaFormRef")).asString().contains("smoke-confirmation");
		});
		String taskId = (String) tasks.get(0).get("id");
		ResponseEntity<String> form = admin.getForEntity("/engine-rest/task/" + taskId + "/deployed-form",
				String.class);
		assertThat(form.getBody()).contains("\"id\": \"smoke-confirmation\"");

		ResponseEntity<String> unclaimed = admin.exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
				new HttpEntity<>(Map.of("variables", Map.of("works", Map.of("value", true, "type", "Boolean")))),
				String.class);
		assertThat(unclaimed.getStatusCode()).as("a task offered to a group is claimed first")
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unclaimed.getBody()).contains("Claim this task before completing it");
		assertThat(admin
			.exchange("/engine-rest/task/" + taskId + "/claim", HttpMethod.POST,
					new HttpEntity<>(Map.of("userId", "sara")), Void.class)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<Void> completed = admin.exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
				new HttpEntity<>(Map.of("variables", Map.of("works", Map.of("value", true, "type", "Boolean")))),
				Void.class);

		assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		Map<String, Object> history = admin.getForObject("/engine-rest/history/process-instance/" + instanceId,
				Map.class);
		assertThat(history).containsEntry("state", "COMPLETED");
	}

}

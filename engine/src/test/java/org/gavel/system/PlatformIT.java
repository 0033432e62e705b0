package org.gavel.system;

import java.util.List;
import java.util.Map;

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

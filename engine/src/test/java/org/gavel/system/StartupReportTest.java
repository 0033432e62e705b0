package org.gavel.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up report's health address: beside the portal, or on the management port when
 * one is set apart.
 */
class StartupReportTest {

	@ParameterizedTest(name = "server {0}, management {1} at {2}, base {3} -> {4}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			8080 | null | null      | null       | http://localhost:8080/actuator/health
			8080 | 8080 | null      | null       | http://localhost:8080/actuator/health
			8080 | 9090 | null      | null       | http://localhost:9090/actuator/health
			8080 | 9090 | 127.0.0.1 | null       | http://127.0.0.1:9090/actuator/health
			8080 | 9090 | 0.0.0.0   | /manage    | http://localhost:9090/manage/health
			""")
	void healthIsWhereItIsAnswered(String server, String management, String address, String basePath, String health) {
		MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", server);
		if (management != null) {
			environment.setProperty("local.management.port", management);
		}
		if (address != null) {
			environment.setProperty("management.server.address", address);
		}
		if (basePath != null) {
			environment.setProperty("management.endpoints.web.base-path", basePath);
		}

		assertThat(StartupReport.health("http://localhost:" + server, environment)).isEqualTo(health);
	}

}

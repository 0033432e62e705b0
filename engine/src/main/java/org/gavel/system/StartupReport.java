package org.gavel.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started Gavel where to find it, which database it uses and how to
 * log in ({@code SYSTEM-001}).
 */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final DataSource dataSource;

	private final GavelProperties properties;

	private final Environment environment;

	private final List<StartupHint> hints;

	StartupReport(DataSource dataSource, GavelProperties properties, Environment environment, List<StartupHint> hints) {
		this.dataSource = dataSource;
		this.properties = properties;
		this.environment = environment;
		this.hints = hints;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		String url = baseUrl(event);
		String database = describeDatabase();
		SystemLog.READY.event()
			.with("url", url)
			.with("database", database)
			.log(url, database, List.of(this.environment.getActiveProfiles()));
		StringBuilder report = new StringBuilder("""
				Gavel is ready: %s/
				  Camunda Cockpit, Tasklist, Admin: %s/camunda
				  REST API: %s/engine-rest
				  Health: %s
				  Database: %s
				""".formatted(url, url, url, health(url, this.environment), database));
		this.hints.forEach((hint) -> report.append(hint.text().indent(2)));
		// a log line each: a line break inside a message is shown as \n (see
		// logging.pattern)
		report.toString().lines().forEach((line) -> log.info("  {}", line));
	}

	/**
	 * Where health is answered: beside the portal, or on the management port when
	 * {@code management.server.port} sets one apart.
	 * @param url the portal's address
	 * @param environment the settings, with the ports the servers took
	 * @return the health endpoint's address
	 */
	static String health(String url, Environment environment) {
		String managementPort = environment.getProperty("local.management.port",
				environment.getProperty("management.server.port", ""));
		String basePath = environment.getProperty("management.endpoints.web.base-path", "/actuator")
			.replaceAll("/+$", "");
		String serverPort = environment.getProperty("local.server.port", environment.getProperty("server.port", ""));
		if (managementPort.isBlank() || managementPort.equals(serverPort)) {
			return url + basePath + "/health";
		}
		String address = environment.getProperty("management.server.address", "localhost");
		return "http://" + (address.equals("0.0.0.0") ? "localhost" : address) + ":" + managementPort
				+ environment.getProperty("management.server.base-path", "").replaceAll("/+$", "") + basePath
				+ "/health";
	}

	private String baseUrl(ApplicationReadyEvent event) {
		if (!this.properties.publicUrl().isEmpty()) {
			return this.properties.publicUrl().replaceAll("/+$", "");
		}
		int port = (event.getApplicationContext() instanceof WebServerApplicationContext web)
				? web.getWebServer().getPort() : 8080;
		return "http://localhost:" + port;
	}

	private String describeDatabase() {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String jdbcUrl = meta.getURL();
			if (jdbcUrl.startsWith("jdbc:h2:file:")) {
				String file = jdbcUrl.substring("jdbc:h2:file:".length()).split(";", 2)[0];
				return "H2 file " + Path.of(file + ".mv.db").toAbsolutePath().normalize();
			}
			return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at "
					+ jdbcUrl.split("\\?", 2)[0];
		}
		catch (SQLException ex) {
			return "unavailable (" + ex.getMessage() + ")";
		}
	}

}

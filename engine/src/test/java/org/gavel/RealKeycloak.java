package org.gavel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real Keycloak that integration tests run against: the Keycloak named by
 * {@code GAVEL_TEST_KEYCLOAK_URL} when set (with the realm {@code gavel} imported),
 * otherwise the distribution the build unpacks from Maven Central
 * ({@code keycloak-quarkus-dist}), started once per test JVM on free ports with the realm
 * file (and a second realm, {@code other}) imported into an in-memory database.
 */
public final class RealKeycloak {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private static String url;

	/** The start begun ahead of the first test that needs it, if one was. */
	private static CompletableFuture<String> starting;

	private RealKeycloak() {
	}

	/**
	 * Returns Keycloak's base URL, starting it on first use (or waiting for the start
	 * {@link #startInBackground()} began).
	 * @return e.g. {@code http://localhost:41234}
	 */
	public static synchronized String url() {
		if (url == null) {
			String external = System.getenv("GAVEL_TEST_KEYCLOAK_URL");
			if (external != null && !external.isBlank()) {
				url = external.replaceAll("/+$", "");
			}
			else {
				url = (starting != null) ? starting.join() : start();
			}
		}
		return url;
	}

	/**
	 * Begins starting Keycloak in a thread of its own, so that its half-minute boot
	 * overlaps the tests that run before the first one needing it
	 * ({@link KeycloakEarlyStart}).
	 */
	static synchronized void startInBackground() {
		String external = System.getenv("GAVEL_TEST_KEYCLOAK_URL");
		if (url == null && starting == null && (external == null || external.isBlank())) {
			starting = CompletableFuture.supplyAsync(RealKeycloak::start, (work) -> {
				Thread thread = new Thread(work, "keycloak-start");
				thread.setDaemon(true);
				thread.start();
			});
		}
	}

	private static String start() {
		Path home = home();
		try {
			Path imports = Files.createDirectories(home.resolve("data/import"));
			Files.copy(Path.of(System.getProperty("gavel.test.realm-file", "../keycloak-realm/gavel-realm.json")),
					imports.resolve("gavel-realm.json"), StandardCopyOption.REPLACE_EXISTING);
			try (InputStream other = RealKeycloak.class.getResourceAsStream("/keycloak/other-realm.json")) {
				Files.copy(other, imports.resolve("other-realm.json"), StandardCopyOption.REPLACE_EXISTING);
			}
			int port = freePort();
			File log = home.resolveSibling("keycloak.log").toFile();
			ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
					"--http-port=" + port, "--http-management-port=" + freePort(), "--import-realm", "--db=dev-mem")
				.redirectErrorStream(true)
				.redirectOutput(log);
			builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
			builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
			builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
			// its boot is mostly a build step run once: the quick compiler does it sooner
			builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
			Process keycloak = builder.start();
			SpringApplication.getShutdownHandlers().add(() -> stop(keycloak));
			String base = "http://localhost:" + port;
			ServerProcess.awaitOk(keycloak, base + "/realms/gavel/.well-known/openid-configuration", START_TIMEOUT,
					log);
			return base;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start Keycloak from " + home + ": " + ex.getMessage(), ex);
		}
	}

	private static Path home() {
		String home = System.getProperty("gavel.test.keycloak-home");
		if (home == null || !Files.isRegularFile(Path.of(home, "bin/kc.sh"))) {
			throw new IllegalStateException("""
					Integration tests need a real Keycloak and found none at %s.
					Run them through the build (./mvnw verify unpacks org.keycloak:keycloak-quarkus-dist from Maven \
					Central into engine/target/keycloak before the integration tests), or point them at a Keycloak \
					that has keycloak-realm/gavel-realm.json imported: GAVEL_TEST_KEYCLOAK_URL=http://localhost:8180"""
				.formatted(home));
		}
		return Path.of(home);
	}

	private static void stop(Process keycloak) {
		keycloak.destroy();
		try {
			if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
				keycloak.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Points a Spring application context at the test Keycloak.
	 */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("gavel.keycloak.url=" + url()).applyTo(context);
		}

	}

}

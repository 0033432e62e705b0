package org.gavel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application as it runs in production: profiles {@code postgres} and
 * {@code keycloak}, against the {@link RealPostgres real PostgreSQL} and the
 * {@link RealKeycloak real Keycloak}, with a {@link TestClock} tests can move forward.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "gavel.voting.rule-sets=classpath:test-rulesets/*.yaml",
				// Test contexts share one database and the engine's static clock: a job
				// executor in one would run the jobs another test drives by moving the
				// clock. Tests run due jobs themselves; EmbeddedDefaultsIT checks that
				// the executor runs by default.
				"camunda.bpm.job-execution.enabled=false" })
@ActiveProfiles({ "postgres", "keycloak" })
@ContextConfiguration(
		initializers = { RealPostgres.Initializer.class, RealKeycloak.Initializer.class, TestSmtp.Initializer.class })
@Import(TestClock.Config.class)
public @interface GavelKeycloakIntegrationTest {

}

package org.gavel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, with the {@code postgres} profile, against the
 * {@link RealPostgres real PostgreSQL}, mail to the {@link TestSmtp real SMTP server},
 * with metrics exported as in production. Test classes named {@code *IT} run in Failsafe.
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
				"camunda.bpm.job-execution.enabled=false",
				// Likewise the mail outbox: a context's worker would deliver mail that
				// another context's test queued. Tests deliver through SentMail.
				"gavel.mail.poll-interval=0", "gavel.mail.deliver-on-commit=false",
				// The tests file many grievances from one address; IntakeThrottleTest
				// checks the limit.
				"gavel.grievances.filings-per-hour=100000",
				// The demo's electorates, as the embedded default configures them.
				"gavel.membership.electorates.smallholder-chamber.title=Smallholder producers' chamber",
				"gavel.membership.electorates.smallholder-chamber.per=organisation",
				"gavel.membership.electorates.smallholder-chamber.categories=smallholder-producers",
				"gavel.membership.electorates.working-group-chairs.title=Working-group chairs",
				"gavel.membership.electorates.working-group-chairs.roles=wg-chair",
				"gavel.membership.electorates.evaluation-panel.title=Evaluation panel",
				"gavel.membership.electorates.evaluation-panel.usernames=eva,ezra,ines" })
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = { RealPostgres.Initializer.class, TestSmtp.Initializer.class })
@Import(TestClock.Config.class)
public @interface GavelIntegrationTest {

}

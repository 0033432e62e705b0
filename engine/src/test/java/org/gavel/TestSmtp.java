package org.gavel;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real SMTP server (GreenMail) that integration tests send to: one per test JVM, on a
 * free port, so that every test class shares it and the Spring contexts that differ only
 * by where mail goes are not built twice. Read what arrived through {@link SentMail}.
 */
public final class TestSmtp {

	private static GreenMail server;

	private TestSmtp() {
	}

	/**
	 * Returns the server, starting it on first use.
	 * @return the running server
	 */
	public static synchronized GreenMail server() {
		if (server == null) {
			GreenMail started = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			started.start();
			SpringApplication.getShutdownHandlers().add(started::stop);
			server = started;
		}
		return server;
	}

	/** Points a test context's mail at the server. */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("spring.mail.host=localhost", "spring.mail.port=" + server().getSmtp().getPort())
				.applyTo(context);
		}

	}

}

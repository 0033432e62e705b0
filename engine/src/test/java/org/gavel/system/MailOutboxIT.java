package org.gavel.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.gavel.OwnDatabase;
import org.gavel.SentMail;
import org.gavel.TestClock;
import org.gavel.system.mail.MailDelivery;
import org.gavel.system.mail.Mailer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail outbox against a real SMTP server (GreenMail): mail leaves once the
 * transaction that queued it commits, never when it rolls back; a delivery that fails is
 * tried again later and then sent once; two deliveries at the same moment send each mail
 * once. Its own database, with delivery as in production (on commit and by polling).
 */
// An engine name of its own: Camunda keeps engines in a static registry by name, and the
// REST API of the shared test context serves the one named "default".
@SpringBootTest(properties = { "camunda.bpm.job-execution.enabled=false", "gavel.mail.poll-interval=PT1H",
		"camunda.bpm.process-engine-name=mail-outbox" })
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = MailOutboxIT.Isolated.class)
@Import(TestClock.Config.class)
class MailOutboxIT {

	static final int SMTP_PORT = freePort();

	GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

	@Autowired
	Mailer mailer;

	@Autowired
	MailDelivery delivery;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@BeforeEach
	void startSmtpWithAnEmptyOutbox() {
		this.delivery.deliverDue();
		this.jdbc.sql("delete from gavel.mail_outbox").update();
		this.smtp.start();
	}

	@AfterEach
	void stopSmtp() {
		this.smtp.stop();
		this.clock.reset();
	}

	@Test
	void aMailLeavesAsSoonAsItsTransactionCommits() {
		this.transactions.executeWithoutResult((tx) -> queue("committed", "ana@demo.gavel.invalid"));

		assertThat(this.smtp.waitForIncomingEmail(10_000, 1)).as("delivered without anyone asking").isTrue();
		assertThat(SentMail.recipients(this.smtp.getReceivedMessages()[0])).containsExactly("ana@demo.gavel.invalid");
	}

	@Test
	void aRolledBackStepQueuesNothing() {
		String subject = UUID.randomUUID().toString();
		this.transactions.executeWithoutResult((tx) -> {
			queue(subject, "bao@demo.gavel.invalid");
			tx.setRollbackOnly();
		});

		this.delivery.deliverDue();
		assertThat(this.smtp.getReceivedMessages()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from gavel.mail_outbox where subject_key = ?")
			.param(subject)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aMailThatCouldNotBeDeliveredIsTriedAgainLaterAndSentOnce() {
		this.smtp.stop();
		String subject = UUID.randomUUID().toString();
		this.transactions.executeWithoutResult((tx) -> queue(subject, "nils@demo.gavel.invalid"));
		this.delivery.deliverDue();

		Map<String, Object> failed = this.jdbc
			.sql("select attempts, last_error, sent_at from gavel.mail_outbox where subject_key = ?")
			.param(subject)
			.query()
			.singleRow();
		assertThat(failed.get("attempts")).isEqualTo(1);
		assertThat(failed.get("last_error")).asString().isNotBlank();
		assertThat(failed.get("sent_at")).isNull();

		this.smtp.start();
		assertThat(this.delivery.deliverDue()).as("not due again yet").isZero();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.delivery.deliverDue()).isOne();
		assertThat(this.delivery.deliverDue()).isZero();
		assertThat(this.smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void deliveriesAtTheSameMomentSendEachMailOnce() throws Exception {
		List<String> to = List.of("a1@demo.gavel.invalid", "a2@demo.gavel.invalid", "a3@demo.gavel.invalid",
				"a4@demo.gavel.invalid", "a5@demo.gavel.invalid");
		this.transactions.executeWithoutResult((tx) -> this.mailer.sendOnce("test", UUID.randomUUID().toString(),
				new Mailer.Mail(to, "Twice?", "notice", notice())));
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> deliver = this.delivery::deliverDue;
			for (Future<Integer> run : two.invokeAll(List.of(deliver, deliver))) {
				run.get();
			}
		}
		finally {
			two.shutdown();
		}
		assertThat(this.smtp.getReceivedMessages()).hasSize(5);
	}

	@Test
	void aMailSentAgainCarriesTheSameMessageId() throws Exception {
		String subject = UUID.randomUUID().toString();
		this.transactions.executeWithoutResult((tx) -> queue(subject, "kofi@demo.gavel.invalid"));
		// sent by this call, or by the worker woken on commit, which this call waits for
		this.delivery.deliverDue();
		assertThat(this.smtp.waitForIncomingEmail(10_000, 1)).as("sent once").isTrue();
		// as after a crash between the SMTP server's acceptance and the mark
		this.jdbc.sql("update gavel.mail_outbox set sent_at = null where subject_key = ?").param(subject).update();
		this.delivery.deliverDue();

		assertThat(this.smtp.waitForIncomingEmail(10_000, 2)).as("sent again").isTrue();
		assertThat(this.smtp.getReceivedMessages()).hasSize(2);
		String first = this.smtp.getReceivedMessages()[0].getMessageID();
		assertThat(first).matches("<outbox-\\d+@localhost>");
		assertThat(this.smtp.getReceivedMessages()[1].getMessageID()).isEqualTo(first);
	}

	private void queue(String subject, String to) {
		this.mailer.sendOnce("test", subject, new Mailer.Mail(List.of(to), "Outbox " + subject, "notice", notice()));
	}

	private static Map<String, Object> notice() {
		return Map.of("intro", "A test", "title", "The outbox", "lines", List.of(), "record", "", "link",
				"http://localhost/");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Its own database, and the SMTP server of this test. */
	static class Isolated extends OwnDatabase {

		Isolated() {
			super("gavel_mail_outbox", 0);
		}

		@Override
		protected List<String> more() {
			return List.of("spring.mail.host=localhost", "spring.mail.port=" + SMTP_PORT);
		}

	}

}

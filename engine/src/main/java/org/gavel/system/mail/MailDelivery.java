package org.gavel.system.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.gavel.system.LogSafe;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds over SMTP ({@code spring.mail.host}): woken when a
 * transaction that queued mail commits, and every {@code gavel.mail.poll-interval}
 * besides. Rows are claimed for a while before they are sent, so two workers (two nodes)
 * never send the same row at once; a claimed batch goes over one SMTP connection, and
 * what the server accepted is marked sent once the batch is through, holding no database
 * connection while talking to the SMTP server. A failed delivery is tried again later,
 * after a delay that doubles up to an hour ({@code MAIL-004}), at most
 * {@code gavel.mail.max-attempts} times. Without an SMTP host the mail stays in the
 * outbox ({@code MAIL-002}), where the secretariat reads it ({@link Outbox}). A crash
 * between the SMTP server's acceptance and the mark can still send the mails of that
 * batch again, under the same Message-ID; nothing is ever lost.
 */
@Component
public class MailDelivery implements SmartLifecycle {

	private static final int BATCH = 50;

	private static final Duration CLAIM = Duration.ofMinutes(5);

	private final ObjectProvider<JavaMailSender> sender;

	private final JdbcClient jdbc;

	private final MailSettings settings;

	private final Clock clock;

	private final ReentrantLock delivering = new ReentrantLock();

	private final AtomicBoolean woken = new AtomicBoolean();

	private long heldReported;

	private ScheduledExecutorService worker;

	MailDelivery(ObjectProvider<JavaMailSender> sender, JdbcClient jdbc, MailSettings settings, Clock clock) {
		this.sender = sender;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Whether mail can leave at all.
	 * @return {@code true} when an SMTP host is configured ({@code spring.mail.host})
	 */
	boolean smtpConfigured() {
		return this.sender.getIfAvailable() != null;
	}

	/** Asks for a delivery soon, on the worker's thread. */
	void wake() {
		ScheduledExecutorService running = this.worker;
		if (running != null && this.settings.deliverOnCommit() && this.woken.compareAndSet(false, true)) {
			running.execute(this::deliverQuietly);
		}
	}

	/**
	 * Sends every mail that is due, now, on the calling thread; waits for a delivery
	 * under way first.
	 * @return how many were sent
	 */
	public int deliverDue() {
		this.delivering.lock();
		try {
			this.woken.set(false);
			JavaMailSender smtp = this.sender.getIfAvailable();
			if (smtp == null) {
				reportHeld();
				return 0;
			}
			int sent = 0;
			for (List<Queued> batch = claim(); !batch.isEmpty(); batch = claim()) {
				sent += deliver(smtp, batch);
			}
			if (sent > 0) {
				MailLog.SENT.log(sent);
			}
			return sent;
		}
		finally {
			this.delivering.unlock();
		}
	}

	private void deliverQuietly() {
		try {
			deliverDue();
		}
		catch (RuntimeException ex) {
			MailLog.OUTBOX_UNREADABLE.log(LogSafe.text(ex.getMessage()));
		}
	}

	private List<Queued> claim() {
		Instant now = this.clock.instant();
		String claim = UUID.randomUUID().toString();
		Timestamp at = Timestamp.from(now);
		this.jdbc.sql("""
				update gavel.mail_outbox set claimed_by = ?, claimed_until = ?
				where id in (select id from gavel.mail_outbox
				             where sent_at is null and (next_attempt_at is null or next_attempt_at <= ?)
				               and (claimed_until is null or claimed_until < ?)
				             order by id fetch first %d rows only)
				  and sent_at is null and (claimed_until is null or claimed_until < ?)""".formatted(BATCH))
			.params(claim, Timestamp.from(now.plus(CLAIM)), at, at, at)
			.update();
		return this.jdbc.sql(
				"select id, recipient, subject, body, attempts from gavel.mail_outbox where claimed_by = ? order by id")
			.param(claim)
			.query((rs, row) -> new Queued(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body"), rs.getInt("attempts")))
			.list();
	}

	/**
	 * Sends a claimed batch over one SMTP connection, then marks what the server accepted
	 * as sent and what it refused as failed.
	 */
	private int deliver(JavaMailSender smtp, List<Queued> batch) {
		Map<MimeMessage, Queued> messages = new LinkedHashMap<>();
		for (Queued mail : batch) {
			try {
				messages.put(message(smtp, mail), mail);
			}
			catch (MessagingException ex) {
				failed(mail, ex);
			}
		}
		Map<Object, Exception> refused = Map.of();
		try {
			smtp.send(messages.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			refused = ex.getFailedMessages();
		}
		catch (MailException ex) {
			refused = new HashMap<>();
			for (MimeMessage message : messages.keySet()) {
				refused.put(message, ex);
			}
		}
		List<Long> sent = new ArrayList<>();
		for (Map.Entry<MimeMessage, Queued> message : messages.entrySet()) {
			Exception refusal = refused.get(message.getKey());
			if (refusal == null) {
				sent.add(message.getValue().id());
			}
			else {
				failed(message.getValue(), refusal);
			}
		}
		if (!sent.isEmpty()) {
			this.jdbc
				.sql("update gavel.mail_outbox set sent_at = :at, claimed_by = null, claimed_until = null "
						+ "where id in (:ids)")
				.param("at", Timestamp.from(this.clock.instant()))
				.param("ids", sent)
				.update();
		}
		return sent.size();
	}

	private MimeMessage message(JavaMailSender smtp, Queued mail) throws MessagingException {
		MimeMessage message = smtp.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(this.settings.from());
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body(), true);
		message.setHeader("Message-ID", messageId(mail.id()));
		return message;
	}

	/**
	 * The same Message-ID each time a row is sent, so that a mail sent again after a
	 * crash between the SMTP server's acceptance and the mark reaches the recipient's
	 * mail system as the same message (most drop or thread such a copy), not as a new
	 * one.
	 */
	private String messageId(long id) {
		String from = this.settings.from();
		int at = from.lastIndexOf('@');
		String domain = (at >= 0) ? from.substring(at + 1).replace(">", "").strip() : "localhost";
		return "<outbox-" + id + "@" + (domain.isEmpty() ? "localhost" : domain) + ">";
	}

	private void failed(Queued mail, Exception ex) {
		int attempts = mail.attempts() + 1;
		boolean givenUp = attempts >= this.settings.maxAttempts();
		Instant next = givenUp ? Outbox.GIVEN_UP
				: this.clock.instant().plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 6)));
		String error = LogSafe.text(ex.getMessage());
		this.jdbc.sql("""
				update gavel.mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ?,
				    claimed_by = null, claimed_until = null
				where id = ?""").params(attempts, Timestamp.from(next), error, mail.id()).update();
		MailLog.NOT_DELIVERED.log(mail.id(), LogSafe.text(mail.recipient()), attempts, givenUp ? ", given up" : "",
				error);
	}

	private void reportHeld() {
		long held = this.jdbc.sql("select count(*) from gavel.mail_outbox where sent_at is null")
			.query(Long.class)
			.single();
		if (held != this.heldReported) {
			this.heldReported = held;
			MailLog.HELD.log(held);
		}
	}

	@Override
	public void start() {
		this.worker = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "gavel-mail-delivery");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.settings.pollInterval().toMillis();
		if (every > 0) {
			this.worker.scheduleWithFixedDelay(this::deliverQuietly, every, every, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.worker;
		this.worker = null;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.worker != null;
	}

	private record Queued(long id, String recipient, String subject, String body, int attempts) {
	}

}

package org.gavel.system.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gavel.system.LogSafe;
import org.gavel.system.templates.Templates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues e-mail rendered by Velocity from {@code templates/mail/}, HTML-escaped like
 * every page, one message per recipient so no one sees the others' addresses. A mail is
 * written to the outbox in the caller's transaction, on the caller's connection, and
 * nothing is sent before that transaction commits; {@link MailDelivery} then sends it
 * ({@code MAIL-001}). A step that is rolled back and retried queues nothing twice.
 */
@Service
public class Mailer {

	private final Templates templates;

	private final JdbcClient jdbc;

	private final MailDelivery delivery;

	private final Clock clock;

	Mailer(Templates templates, JdbcClient jdbc, MailDelivery delivery, Clock clock) {
		this.templates = templates;
		this.jdbc = jdbc;
		this.delivery = delivery;
		this.clock = clock;
	}

	/**
	 * Queues a mail for each recipient who has not had it queued yet.
	 * @param kind what kind of mail, e.g. {@code ballot-reminder}
	 * @param subject what it is about, e.g. the ballot's id
	 * @param mail what to send
	 */
	public void sendOnce(String kind, String subject, Mail mail) {
		Set<String> queued = new HashSet<>(
				this.jdbc.sql("select recipient from gavel.mail_outbox where kind = ? and subject_key = ?")
					.params(kind, subject)
					.query(String.class)
					.list());
		List<String> rest = mail.to().stream().distinct().filter((recipient) -> !queued.contains(recipient)).toList();
		if (rest.isEmpty()) {
			return;
		}
		String body = this.templates.render("mail/" + mail.template(), mail.values());
		Timestamp now = Timestamp.from(this.clock.instant());
		for (String recipient : rest) {
			this.jdbc.sql("""
					insert into gavel.mail_outbox (kind, subject_key, recipient, subject, body, queued_at)
					values (?, ?, ?, ?, ?, ?)""").params(kind, subject, recipient, mail.subject(), body, now).update();
		}
		MailLog.QUEUED.log(LogSafe.text(mail.subject()), rest.size(), mail.to().size() - rest.size());
		wakeDeliveryAfterCommit();
	}

	private void wakeDeliveryAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					Mailer.this.delivery.wake();
				}

			});
		}
		else {
			this.delivery.wake();
		}
	}

	/**
	 * A mail.
	 *
	 * @param to the recipients' addresses
	 * @param subject the subject, plain text
	 * @param template the template under {@code templates/mail/}, without extension
	 * @param values what the template refers to
	 */
	public record Mail(List<String> to, String subject, String template, Map<String, ?> values) {

		public Mail {
			to = List.copyOf(to);
			values = Map.copyOf(values);
		}

	}

}

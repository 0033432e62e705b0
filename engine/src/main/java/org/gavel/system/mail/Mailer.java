package org.gavel.system.mail;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.gavel.system.templates.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends e-mail rendered by Velocity from {@code templates/mail/}, HTML-escaped like every
 * page, one message per recipient so no one sees the others' addresses. Mail goes over
 * SMTP when {@code spring.mail.host} is set ({@code MAIL-001}); without it, each message
 * is logged instead ({@code MAIL-002}), so the embedded defaults need no mail server.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final Templates templates;

	private final String from;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	Mailer(ObjectProvider<JavaMailSender> sender, Templates templates,
			@Value("${gavel.mail.from:Gavel <gavel@localhost>}") String from, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.sender = sender;
		this.templates = templates;
		this.from = from;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Sends a mail to each recipient who has not had it yet: each delivery is recorded in
	 * its own transaction as it goes out, so a step retried after a failure half-way
	 * sends only the rest. (A crash between sending and recording may still send one
	 * twice.)
	 * @param kind what kind of mail, e.g. {@code ballot-reminder}
	 * @param subject what it is about, e.g. the ballot's id
	 * @param mail what to send
	 */
	public void sendOnce(String kind, String subject, Mail mail) {
		java.util.Set<String> sent = new java.util.HashSet<>(
				this.jdbc.sql("select recipient from gavel.mail_sent where kind = ? and subject = ?")
					.params(kind, subject)
					.query(String.class)
					.list());
		List<String> rest = mail.to().stream().filter((recipient) -> !sent.contains(recipient)).toList();
		int delivered = 0;
		for (String recipient : rest) {
			if (!deliver(new Mail(List.of(recipient), mail.subject(), mail.template(), mail.values()))) {
				return;
			}
			this.ownTransaction.executeWithoutResult((tx) -> this.jdbc
				.sql("insert into gavel.mail_sent (kind, subject, recipient, sent_at) values (?, ?, ?, ?)")
				.params(kind, subject, recipient, java.sql.Timestamp.from(this.clock.instant()))
				.update());
			delivered++;
		}
		log.atInfo()
			.addKeyValue("code", "MAIL-001")
			.log("MAIL-001 sent \"{}\" to {} recipient(s); {} had it already", mail.subject(), delivered,
					mail.to().size() - rest.size());
	}

	/**
	 * Sends a mail to each recipient.
	 * @param mail what to send
	 * @throws MailException when the SMTP server refuses or cannot be reached; callers in
	 * processes let the engine retry
	 */
	public void send(Mail mail) {
		if (deliver(mail)) {
			log.atInfo()
				.addKeyValue("code", "MAIL-001")
				.log("MAIL-001 sent \"{}\" to {} recipient(s)", mail.subject(), mail.to().size());
		}
	}

	/**
	 * Renders and sends, one message per recipient.
	 * @return whether it went over SMTP (else it was logged)
	 */
	private boolean deliver(Mail mail) {
		if (mail.to().isEmpty()) {
			return false;
		}
		String body = this.templates.render("mail/" + mail.template(), mail.values());
		JavaMailSender smtp = this.sender.getIfAvailable();
		if (smtp == null) {
			log.atInfo()
				.addKeyValue("code", "MAIL-002")
				.log("MAIL-002 no SMTP host configured (spring.mail.host); not sent: \"{}\" to {}", mail.subject(),
						mail.to());
			return false;
		}
		for (String recipient : mail.to()) {
			MimeMessage message = smtp.createMimeMessage();
			try {
				MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
				helper.setFrom(this.from);
				helper.setTo(recipient);
				helper.setSubject(mail.subject());
				helper.setText(body, true);
			}
			catch (MessagingException ex) {
				throw new IllegalArgumentException("cannot address a mail to " + recipient, ex);
			}
			smtp.send(message);
		}
		return true;
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

package org.gavel.system.mail;

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
import org.springframework.stereotype.Service;

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

	Mailer(ObjectProvider<JavaMailSender> sender, Templates templates,
			@Value("${gavel.mail.from:Gavel <gavel@localhost>}") String from) {
		this.sender = sender;
		this.templates = templates;
		this.from = from;
	}

	/**
	 * Sends a mail to each recipient.
	 * @param mail what to send
	 * @throws MailException when the SMTP server refuses or cannot be reached; callers in
	 * processes let the engine retry
	 */
	public void send(Mail mail) {
		if (mail.to().isEmpty()) {
			return;
		}
		String body = this.templates.render("mail/" + mail.template(), mail.values());
		JavaMailSender smtp = this.sender.getIfAvailable();
		if (smtp == null) {
			log.atInfo()
				.addKeyValue("code", "MAIL-002")
				.log("MAIL-002 no SMTP host configured (spring.mail.host); not sent: \"{}\" to {}", mail.subject(),
						mail.to());
			return;
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
		log.atInfo()
			.addKeyValue("code", "MAIL-001")
			.log("MAIL-001 sent \"{}\" to {} recipient(s)", mail.subject(), mail.to().size());
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

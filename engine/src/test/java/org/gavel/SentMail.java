package org.gavel;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.store.FolderException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.gavel.system.mail.MailDelivery;

/**
 * What reached a test's SMTP server (GreenMail), read after the outbox has delivered what
 * is due, so a test sees every mail its steps queued, and only those.
 */
public final class SentMail {

	private final MailDelivery delivery;

	/**
	 * Reads the mail of the {@link TestSmtp shared server}.
	 * @param delivery the context's outbox delivery, run before each read
	 */
	public SentMail(MailDelivery delivery) {
		this.delivery = delivery;
	}

	/**
	 * Every message received so far.
	 * @return the messages
	 */
	public MimeMessage[] received() {
		this.delivery.deliverDue();
		return TestSmtp.server().getReceivedMessages();
	}

	/** Forgets what was received, after delivering what is due. */
	public void clear() {
		this.delivery.deliverDue();
		try {
			TestSmtp.server().purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The first message to an address whose subject starts so.
	 * @param address the recipient
	 * @param subject the subject's beginning
	 * @return the message
	 */
	public MimeMessage to(String address, String subject) {
		for (MimeMessage message : received()) {
			if (recipients(message).contains(address) && subject(message).startsWith(subject)) {
				return message;
			}
		}
		throw new AssertionError("no mail to " + address + " with a subject starting " + subject);
	}

	/**
	 * Who received a message whose subject starts so.
	 * @param subject the subject's beginning
	 * @return the recipients, a message each
	 */
	public List<String> recipientsOf(String subject) {
		return Arrays.stream(received())
			.filter((message) -> subject(message).startsWith(subject))
			.flatMap((message) -> recipients(message).stream())
			.toList();
	}

	/**
	 * Who received all the messages so far.
	 * @return the recipients, a message each
	 */
	public List<String> recipients() {
		return Arrays.stream(received()).flatMap((message) -> recipients(message).stream()).toList();
	}

	public static List<String> recipients(MimeMessage message) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

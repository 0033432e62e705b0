package org.gavel.system.mail;

import org.gavel.system.LogCode;
import org.slf4j.event.Level;

/**
 * The log codes of the mail outbox ({@code MAIL-0xx}).
 */
public enum MailLog implements LogCode {

	SENT(1, Level.INFO, "sent {} mail(s)"),
	HELD(2, Level.INFO, "no SMTP host configured (spring.mail.host): {} mail(s) held in the outbox"),
	QUEUED(3, Level.INFO, "queued \"{}\" for {} recipient(s); {} had it already"),
	NOT_DELIVERED(4, Level.WARN, "mail {} to {} not delivered (attempt {}{}): {}"),
	OUTBOX_UNREADABLE(5, Level.WARN, "the outbox could not be read; trying again later: {}"),
	RETRIED(6, Level.INFO, "mail {} put back in the queue by {}");

	private final Entry entry;

	MailLog(int number, Level level, String message) {
		this.entry = Entry.of("MAIL", number, level, message);
	}

	@Override
	public Entry entry() {
		return this.entry;
	}

}

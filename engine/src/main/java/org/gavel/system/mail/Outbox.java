package org.gavel.system.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gavel.system.LogSafe;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the outbox holds, as the secretariat reads it: every mail Gavel queued, to whom,
 * its subject and rendered body, and where its delivery stands; and the one action on it,
 * putting back in the queue a mail that was given up.
 */
@Service
public class Outbox {

	/** A row whose delivery was given up waits until this instant, i.e. for ever. */
	static final Instant GIVEN_UP = Instant.parse("9999-12-31T00:00:00Z");

	private static final String COLUMNS = "id, kind, recipient, subject, queued_at, next_attempt_at, attempts, "
			+ "last_error, sent_at";

	private final JdbcClient jdbc;

	private final MailDelivery delivery;

	private final Clock clock;

	Outbox(JdbcClient jdbc, MailDelivery delivery, Clock clock) {
		this.jdbc = jdbc;
		this.delivery = delivery;
		this.clock = clock;
	}

	/**
	 * How many mails stand where.
	 * @return the counts
	 */
	public Counts counts() {
		return this.jdbc.sql("""
				select count(*) as all_mails,
				       count(sent_at) as sent,
				       count(*) filter (where sent_at is null and attempts > 0 and next_attempt_at < ?) as retrying,
				       count(*) filter (where sent_at is null and next_attempt_at >= ?) as given_up
				from gavel.mail_outbox""")
			.params(Timestamp.from(GIVEN_UP), Timestamp.from(GIVEN_UP))
			.query((rs, row) -> new Counts(rs.getLong("all_mails"), rs.getLong("sent"), rs.getLong("retrying"),
					rs.getLong("given_up")))
			.single();
	}

	/**
	 * How many mails a delivery failed for, counted among those not sent only.
	 * @return how many are being retried, and how many were given up
	 */
	public Undelivered undelivered() {
		return this.jdbc.sql("""
				select count(*) filter (where next_attempt_at < ?) as retrying,
				       count(*) filter (where next_attempt_at >= ?) as given_up
				from gavel.mail_outbox where sent_at is null and attempts > 0""")
			.params(Timestamp.from(GIVEN_UP), Timestamp.from(GIVEN_UP))
			.query((rs, row) -> new Undelivered(rs.getLong("retrying"), rs.getLong("given_up")))
			.single();
	}

	/**
	 * Whether mail can leave at all.
	 * @return {@code true} when an SMTP host is configured ({@code spring.mail.host})
	 */
	public boolean smtpConfigured() {
		return this.delivery.smtpConfigured();
	}

	/**
	 * The latest mails, newest first.
	 * @param show which of them
	 * @param offset how many of the newest to pass over
	 * @param limit how many at most
	 * @return the mails, without their bodies
	 */
	public List<Letter> latest(Show show, int offset, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from gavel.mail_outbox where " + show.condition()
					+ " order by id desc offset ? rows fetch next ? rows only")
			.params(offset, limit)
			.query(this::letter)
			.list();
	}

	/**
	 * One mail.
	 * @param id its number in the outbox
	 * @return it, or empty
	 */
	public Optional<Letter> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from gavel.mail_outbox where id = ?")
			.param(id)
			.query(this::letter)
			.optional();
	}

	/**
	 * The rendered body of one mail, as its recipient receives it.
	 * @param id its number in the outbox
	 * @return the HTML, or empty
	 */
	public Optional<String> body(long id) {
		return this.jdbc.sql("select body from gavel.mail_outbox where id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	/**
	 * Puts a mail that was not delivered back in the queue, due at once and with its
	 * attempts counted afresh ({@code MAIL-006}).
	 * @param id its number in the outbox
	 * @param by who asks
	 * @return whether it was put back: {@code false} when it was sent meanwhile or does
	 * not exist
	 */
	@Transactional
	public boolean retry(long id, String by) {
		int changed = this.jdbc.sql("""
				update gavel.mail_outbox set next_attempt_at = ?, attempts = 0, claimed_by = null, claimed_until = null
				where id = ? and sent_at is null and attempts > 0""")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
		if (changed == 0) {
			return false;
		}
		MailLog.RETRIED.log(id, LogSafe.text(by));
		return true;
	}

	/** Asks the delivery worker to send what is due now. */
	public void wakeDelivery() {
		this.delivery.wake();
	}

	private Letter letter(ResultSet rs, int row) throws SQLException {
		Timestamp next = rs.getTimestamp("next_attempt_at");
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Letter(rs.getLong("id"), rs.getString("kind"), rs.getString("recipient"), rs.getString("subject"),
				rs.getTimestamp("queued_at").toInstant(), (next != null) ? next.toInstant() : null,
				rs.getInt("attempts"), rs.getString("last_error"), (sent != null) ? sent.toInstant() : null);
	}

	/** Which mails a listing shows. */
	public enum Show {

		/** Every mail. */
		ALL("true"),
		/** Those not sent yet, whatever the reason. */
		UNSENT("sent_at is null"),
		/** Those a delivery failed for, being retried or given up. */
		FAILED("sent_at is null and attempts > 0");

		private final String condition;

		Show(String condition) {
			this.condition = condition;
		}

		String condition() {
			return this.condition;
		}

		/**
		 * The listing a query parameter names.
		 * @param value e.g. {@code failed}; anything unknown shows every mail
		 * @return the listing
		 */
		public static Show of(String value) {
			for (Show show : values()) {
				if (show.name().equalsIgnoreCase((value != null) ? value.strip() : "")) {
					return show;
				}
			}
			return ALL;
		}

		/**
		 * How the address names it.
		 * @return e.g. {@code failed}
		 */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * How many mails stand where.
	 *
	 * @param all every mail the outbox holds
	 * @param sent those the SMTP server accepted
	 * @param retrying those a delivery failed for, to be tried again
	 * @param givenUp those tried {@code gavel.mail.max-attempts} times
	 */
	public record Counts(long all, long sent, long retrying, long givenUp) {

		/**
		 * Those not sent yet.
		 * @return their number
		 */
		public long unsent() {
			return this.all - this.sent;
		}

		/**
		 * How many mails a listing holds in all.
		 * @param show which of them
		 * @return their number
		 */
		public long in(Show show) {
			return switch (show) {
				case ALL -> this.all;
				case UNSENT -> unsent();
				case FAILED -> this.retrying + this.givenUp;
			};
		}

	}

	/**
	 * Mails a delivery failed for.
	 *
	 * @param retrying those to be tried again
	 * @param givenUp those tried {@code gavel.mail.max-attempts} times
	 */
	public record Undelivered(long retrying, long givenUp) {

		/**
		 * All of them.
		 * @return their number
		 */
		public long total() {
			return this.retrying + this.givenUp;
		}

	}

	/**
	 * A mail in the outbox.
	 *
	 * @param id its number
	 * @param kind what kind of mail, e.g. {@code booklet-published}
	 * @param recipient the address it goes to
	 * @param subject its subject; empty for a mail sent before the outbox kept them
	 * @param queuedAt when it was queued
	 * @param nextAttemptAt when it is tried again, or {@code null} for at once
	 * @param attempts how many deliveries failed
	 * @param lastError why the last one failed
	 * @param sentAt when the SMTP server accepted it, or {@code null}
	 */
	public record Letter(long id, String kind, String recipient, String subject, Instant queuedAt,
			Instant nextAttemptAt, int attempts, String lastError, Instant sentAt) {

		/**
		 * Whether it was sent.
		 * @return {@code true} once the SMTP server accepted it
		 */
		public boolean sent() {
			return this.sentAt != null;
		}

		/**
		 * Whether its delivery was given up.
		 * @return {@code true} after the last attempt allowed
		 */
		public boolean givenUp() {
			return !sent() && this.nextAttemptAt != null && !this.nextAttemptAt.isBefore(GIVEN_UP);
		}

		/**
		 * Whether the secretariat may put it back in the queue.
		 * @return {@code true} when a delivery failed and it is not sent
		 */
		public boolean retriable() {
			return !sent() && this.attempts > 0;
		}

		/**
		 * Whether it was kept from before the outbox held subjects and bodies.
		 * @return {@code true} when there is nothing to show of it
		 */
		public boolean withoutContent() {
			return this.subject == null || this.subject.isEmpty();
		}

	}

}

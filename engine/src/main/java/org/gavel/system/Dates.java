package org.gavel.system;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them: in a zone of their own (an assembly's, an RFP's, the
 * viewer's), with the zone named.
 */
public final class Dates {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	public Dates() {
		// an instance lets templates call at(...) as $dates.at(...)
	}

	/**
	 * An instant in a zone, e.g. "27 August 2027, 23:59 (Asia/Singapore)".
	 * @param instant the instant
	 * @param zone the zone
	 * @return the text
	 */
	/**
	 * Instants as one page shows them, in one zone: for a template that lists many
	 * ({@code $when.at($event.at())}).
	 *
	 * @param zone the zone
	 */
	public record In(ZoneId zone) {

		public String at(Instant instant) {
			return Dates.at(instant, this.zone);
		}

		public String deadline(Instant deadline) {
			return Dates.deadline(deadline, this.zone);
		}

	}

	/**
	 * A time zone as a person or a script gives it.
	 * @param field the field it was given in
	 * @param id the zone's identifier, e.g. Asia/Singapore
	 * @return the zone, or the refusal naming the field
	 */
	public static Outcome<ZoneId> zone(String field, String id) {
		try {
			return Outcome.accepted(ZoneId.of(id));
		}
		catch (DateTimeException | NullPointerException ex) {
			return Outcome.refused(field, "'" + id + "' is not a time zone such as Asia/Singapore");
		}
	}

	public static String at(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone).format(AT) + " (" + zone.getId() + ")" : "";
	}

	/**
	 * How far an instant is from now, as people say it beside a date: "in 3 days", "in 5
	 * hours", "in 20 minutes", "in less than a minute", or "2 days ago": minutes below 2
	 * hours and hours below 48, rounded down; days from 48 hours on, to the nearest day.
	 * @param instant the instant
	 * @param now the present
	 * @return the text, empty when the instant is {@code null}
	 */
	public static String relative(Instant instant, Instant now) {
		if (instant == null) {
			return "";
		}
		Duration between = Duration.between(now, instant);
		boolean ahead = !between.isNegative();
		Duration distance = between.abs();
		String amount;
		if (distance.toMinutes() < 1) {
			return ahead ? "in less than a minute" : "less than a minute ago";
		}
		else if (distance.toHours() < 2) {
			amount = plural(distance.toMinutes(), "minute");
		}
		else if (distance.toHours() < 48) {
			amount = plural(distance.toHours(), "hour");
		}
		else {
			amount = plural((distance.toHours() + 12) / 24, "day");
		}
		return ahead ? "in " + amount : amount + " ago";
	}

	private static String plural(long count, String unit) {
		return count + " " + unit + ((count == 1) ? "" : "s");
	}

	/**
	 * A deadline in a zone: one at local midnight reads as the end of the day before,
	 * e.g. "the end of 16 December 2026 (Asia/Singapore)"; any other as {@link #at}.
	 * @param deadline the deadline
	 * @param zone the zone
	 * @return the text
	 */
	public static String deadline(Instant deadline, ZoneId zone) {
		if (deadline == null) {
			return "";
		}
		ZonedDateTime local = deadline.atZone(zone);
		if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
			return "the end of " + local.minusDays(1).format(DAY) + " (" + zone.getId() + ")";
		}
		return at(deadline, zone);
	}

}

package org.gavel.system;

import java.time.DateTimeException;
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

package org.gavel.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them: in a zone of their own (an assembly's, an RFP's, the
 * viewer's), with the zone named.
 */
public final class Dates {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

	public Dates() {
		// an instance lets templates call at(...) as $dates.at(...)
	}

	/**
	 * An instant in a zone, e.g. "27 August 2027, 23:59 (Asia/Singapore)".
	 * @param instant the instant
	 * @param zone the zone
	 * @return the text
	 */
	public static String at(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone).format(AT) + " (" + zone.getId() + ")" : "";
	}

}

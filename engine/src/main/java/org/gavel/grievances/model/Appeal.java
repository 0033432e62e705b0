package org.gavel.grievances.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * A party's appeal of the complaints panel's decision: who lodged it, on what grounds,
 * when.
 *
 * @param appellant which party appeals
 * @param by the respondent's representative, or the complainant
 * @param grounds why the decision should be overturned
 * @param at when it was lodged
 */
public record Appeal(Party appellant, String by, String grounds, Instant at) {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

	/**
	 * Checks an appeal may be lodged now, or refuses it: the case must be decided, its
	 * window still open, and no appeal lodged yet (one appeal a case).
	 * @param number the case
	 * @param appealBy the end of its appeal window, empty before the decision
	 * @param lodged the appeal already lodged, if any
	 * @param grounds the grounds, as typed
	 * @param now the time now
	 * @param zone the secretariat's zone, in which the window's end is shown
	 * @return the grounds stripped, or the refusal
	 */
	public static Outcome<String> lodgeable(CaseNumber number, Optional<Instant> appealBy, Optional<Appeal> lodged,
			String grounds, Instant now, ZoneId zone) {
		if (appealBy.isEmpty()) {
			return Outcome.refused(Refusal.of("Case " + number + " has no decision to appeal."));
		}
		if (lodged.isPresent()) {
			return Outcome.refused(Refusal.of("The decision of case " + number + " was appealed already, by "
					+ lodged.get().appellant().label() + "; a decision is appealed once."));
		}
		if (!now.isBefore(appealBy.get())) {
			return Outcome.refused(Refusal.of("The appeal window of case " + number + " closed on "
					+ SHOWN.format(appealBy.get().atZone(zone)) + " (" + zone + "); the decision is final."));
		}
		String why = (grounds == null) ? "" : grounds.strip();
		if (why.isEmpty()) {
			return Outcome.refused("grounds", "is required: say why the decision should be overturned");
		}
		return Outcome.accepted(why);
	}

}

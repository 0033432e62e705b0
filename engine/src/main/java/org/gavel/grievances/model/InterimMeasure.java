package org.gavel.grievances.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * A measure the complaints panel decides while it investigates a case, before its
 * decision: the respondent's participation in a working group suspended, a clearing
 * halted. It is in force from a day, until a day or until lifted, and every party is
 * told.
 *
 * @param id its id
 * @param measure what the measure is
 * @param from the first day it is in force, in the secretariat's calendar
 * @param until the last day it is in force, or empty until lifted
 * @param recordedBy the panel member who recorded it
 * @param recordedAt when
 * @param lifted its lifting, once lifted
 */
public record InterimMeasure(UUID id, String measure, LocalDate from, Optional<LocalDate> until, String recordedBy,
		Instant recordedAt, Optional<Lifting> lifted) {

	/** The longest measure, in characters. */
	public static final int MAX_LENGTH = 2000;

	/** The longest reason for lifting a measure, in characters. */
	public static final int MAX_REASON = 1000;

	/**
	 * Reads a measure as the panel's form gave it.
	 * @param measure what it is, required
	 * @param from its first day ({@code 2027-03-31}), empty for today
	 * @param until its last day, empty for "until lifted"; not before today nor before
	 * its first day
	 * @param today today, in the secretariat's calendar
	 * @return the measure decided, or the refusal by its fields
	 */
	public static Outcome<Decided> decide(String measure, String from, String until, LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		String what = (measure == null) ? "" : measure.strip();
		if (what.isEmpty()) {
			problems.put("measure", "is required: say what the measure is");
		}
		else if (what.length() > MAX_LENGTH) {
			problems.put("measure",
					"must be at most " + MAX_LENGTH + " characters long (it has " + what.length() + ")");
		}
		Optional<LocalDate> first = day(from, "effectiveFrom", problems);
		Optional<LocalDate> last = day(until, "effectiveUntil", problems);
		LocalDate start = first.orElse(today);
		if (last.isPresent() && !problems.containsKey("effectiveFrom")) {
			if (last.get().isBefore(today)) {
				problems.put("effectiveUntil", "is in the past (" + last.get() + "); a measure ends today or later");
			}
			else if (last.get().isBefore(start)) {
				problems.put("effectiveUntil", "is before the measure takes effect (" + start + ")");
			}
		}
		if (!problems.isEmpty()) {
			return Outcome.refused(Refusal.ofFields(problems));
		}
		return Outcome.accepted(new Decided(what, start, last));
	}

	private static Optional<LocalDate> day(String text, String field, Map<String, String> problems) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			problems.put(field, "is not a date: give it as 2027-03-31");
			return Optional.empty();
		}
	}

	/**
	 * Reads the reason for lifting a measure.
	 * @param reason why, as typed
	 * @return the reason, or the refusal by the field {@code reason}
	 */
	public static Outcome<String> liftingReason(String reason) {
		String why = (reason == null) ? "" : reason.strip();
		if (why.isEmpty()) {
			return Outcome.refused("reason", "is required: say why the measure is lifted");
		}
		if (why.length() > MAX_REASON) {
			return Outcome.refused("reason", "must be at most " + MAX_REASON + " characters long");
		}
		return Outcome.accepted(why);
	}

	/**
	 * Checks the measure may still be lifted.
	 * @return this, or why not
	 */
	public Outcome<InterimMeasure> liftable() {
		return Outcome.when(this.lifted.isEmpty(), this, () -> Refusal.of("This interim measure was lifted already."));
	}

	/**
	 * Whether the measure is in force on a day.
	 * @param day the day, in the secretariat's calendar
	 * @return whether it has taken effect, has not ended and was not lifted
	 */
	public boolean inForceOn(LocalDate day) {
		return this.lifted.isEmpty() && !this.from.isAfter(day)
				&& this.until.map((last) -> !last.isBefore(day)).orElse(true);
	}

	/**
	 * Where the measure stands on a day, in words.
	 * @param day the day
	 * @return "in force", "takes effect on …", "ended on …" or "lifted"
	 */
	public String status(LocalDate day) {
		if (this.lifted.isPresent()) {
			return "lifted";
		}
		if (this.from.isAfter(day)) {
			return "takes effect on " + this.from;
		}
		return this.until.filter((last) -> last.isBefore(day)).map((last) -> "ended on " + last).orElse("in force");
	}

	/**
	 * A measure as the panel decided it.
	 *
	 * @param measure what it is
	 * @param from its first day
	 * @param until its last day, or empty until lifted
	 */
	public record Decided(String measure, LocalDate from, Optional<LocalDate> until) {

	}

	/**
	 * A measure's lifting.
	 *
	 * @param by the panel member who lifted it
	 * @param at when
	 * @param reason why
	 */
	public record Lifting(String by, Instant at, String reason) {

	}

}

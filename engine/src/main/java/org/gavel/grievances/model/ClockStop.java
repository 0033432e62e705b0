package org.gavel.grievances.model;

import java.time.Instant;

/**
 * A stop of the complaints panel's decision clock: the time a request for information to
 * the complainant was open, from when it was asked until it was answered or withdrawn.
 * The panel's decision deadline moves later by the working days the request was open
 * while the clock ran: those after the day it was asked (or the decision clock started,
 * if later) up to and including the day it closed. A request asked and answered on the
 * same day moves nothing.
 *
 * @param from when the request was asked
 * @param to when it was answered or withdrawn
 */
public record ClockStop(Instant from, Instant to) {

	public ClockStop {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("a request closes after it was asked: " + from + " to " + to);
		}
	}

	/**
	 * The working days the decision clock stood still.
	 * @param calendar the secretariat's calendar
	 * @param clockStarted when the decision clock started (the respondent's reply, or its
	 * lapse)
	 * @return the working days, 0 or more
	 */
	public int workingDays(WorkingCalendar calendar, Instant clockStarted) {
		Instant start = this.from.isBefore(clockStarted) ? clockStarted : this.from;
		return start.isAfter(this.to) ? 0 : calendar.workingDaysBetween(start, this.to);
	}

	/**
	 * The decision deadline once the clock runs again.
	 * @param deadline the deadline before the stop
	 * @param calendar the secretariat's calendar
	 * @param clockStarted when the decision clock started
	 * @return the deadline moved later by {@link #workingDays}, or the same one
	 */
	public Instant moved(Instant deadline, WorkingCalendar calendar, Instant clockStarted) {
		return calendar.extend(deadline, workingDays(calendar, clockStarted));
	}

}

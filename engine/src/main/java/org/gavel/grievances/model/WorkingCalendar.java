package org.gavel.grievances.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The secretariat's working days: every day but the weekend and the holidays, in its time
 * zone. A deadline of N working days from a moment falls at the end of the N-th working
 * day after the day that moment falls on there (local midnight, whatever the
 * daylight-saving rules do that night): a grievance received on a Friday afternoon with
 * 10 working days to acknowledge is due by the end of the second Friday after, two
 * holidays in between making it the Tuesday after that.
 *
 * @param zone the secretariat's time zone
 * @param weekend the days of the week that are not worked
 * @param holidays the holidays, by year; a year without a list has none known
 */
public record WorkingCalendar(ZoneId zone, Set<DayOfWeek> weekend, Map<Integer, Set<LocalDate>> holidays) {

	public WorkingCalendar {
		weekend = weekend.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekend));
		holidays = Map.copyOf(holidays);
		if (weekend.size() > 6) {
			throw new IllegalArgumentException("a week needs at least one working day");
		}
		for (var year : holidays.entrySet()) {
			for (LocalDate day : year.getValue()) {
				if (day.getYear() != year.getKey()) {
					throw new IllegalArgumentException(day + " is listed among the holidays of " + year.getKey());
				}
			}
		}
	}

	/**
	 * A calendar from a flat list of holidays.
	 * @param zone the time zone
	 * @param weekend the days not worked
	 * @param holidays the holidays, any years
	 * @return the calendar
	 */
	public static WorkingCalendar of(ZoneId zone, Set<DayOfWeek> weekend, Collection<LocalDate> holidays) {
		Map<Integer, Set<LocalDate>> byYear = new HashMap<>();
		for (LocalDate day : holidays) {
			byYear.computeIfAbsent(day.getYear(), (year) -> new HashSet<>()).add(day);
		}
		return new WorkingCalendar(zone, weekend, byYear);
	}

	/**
	 * Whether a day is worked.
	 * @param day the day, in the calendar's zone
	 * @return {@code false} on a weekend day or a holiday
	 */
	public boolean isWorkingDay(LocalDate day) {
		return !this.weekend.contains(day.getDayOfWeek())
				&& !this.holidays.getOrDefault(day.getYear(), Set.of()).contains(day);
	}

	/**
	 * The end of the N-th working day after the day a moment falls on.
	 * @param from the moment, e.g. when a grievance was received
	 * @param days how many working days, 1 or more
	 * @return the deadline: local midnight at the end of that day
	 */
	public Instant addWorkingDays(Instant from, int days) {
		if (days < 1) {
			throw new IllegalArgumentException("a deadline is 1 working day or more, not " + days);
		}
		return endOf(nthWorkingDayAfter(from.atZone(this.zone).toLocalDate(), days));
	}

	/**
	 * When to remind someone of a deadline of so many working days from a moment: so many
	 * working days before it, at the moment itself when that leaves none, at the deadline
	 * when no reminder is wanted.
	 * @param from the moment the deadline counts from
	 * @param within the deadline, in working days, 1 or more
	 * @param before how many working days before it to remind; 0 for no reminder
	 * @return the moment of the reminder
	 */
	public Instant reminderBefore(Instant from, int within, int before) {
		if (before == 0) {
			return addWorkingDays(from, within);
		}
		return (within - before < 1) ? from : addWorkingDays(from, within - before);
	}

	/**
	 * The start of the N-th working day before a deadline's last day, as a reminder
	 * counts back from a deadline fixed by date (e.g. a corrective action's due day).
	 * @param deadline the deadline: local midnight at the end of its last day
	 * @param days how many working days before, 1 or more
	 * @return local midnight at the start of that working day
	 */
	public Instant workingDaysBefore(Instant deadline, int days) {
		if (days < 1) {
			throw new IllegalArgumentException("a reminder is 1 working day or more before, not " + days);
		}
		LocalDate day = deadline.atZone(this.zone).toLocalDate().minusDays(1);
		int counted = 0;
		while (counted < days) {
			day = day.minusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day.atStartOfDay(this.zone).toInstant();
	}

	/**
	 * Working days left before a deadline: those after the day of {@code now} up to the
	 * deadline's last day; 0 on the last day itself, negative once it has passed (how
	 * many working days late).
	 * @param now the moment asked about
	 * @param deadline a deadline from {@link #addWorkingDays(Instant, int)}
	 * @return the working days left
	 */
	public int workingDaysLeft(Instant now, Instant deadline) {
		LocalDate today = now.atZone(this.zone).toLocalDate();
		LocalDate last = deadline.atZone(this.zone).toLocalDate().minusDays(1);
		if (!now.isBefore(deadline)) {
			return -countWorkingDays(last, today);
		}
		return countWorkingDays(today, last);
	}

	/**
	 * Working days between two moments: those after the day of the first, up to and
	 * including the day of the second; 0 when both fall on the same day or the second is
	 * earlier. A request asked on a Monday and answered on the Wednesday was open two
	 * working days (Tuesday and Wednesday).
	 * @param from the first moment
	 * @param to the second moment
	 * @return the working days
	 */
	public int workingDaysBetween(Instant from, Instant to) {
		return countWorkingDays(from.atZone(this.zone).toLocalDate(), to.atZone(this.zone).toLocalDate());
	}

	/**
	 * A deadline moved later by so many working days: the end of the N-th working day
	 * after its own last day.
	 * @param deadline a deadline from {@link #addWorkingDays(Instant, int)}
	 * @param days how many working days, 0 or more (0 leaves it as it is)
	 * @return the later deadline
	 */
	public Instant extend(Instant deadline, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("a deadline is moved by 0 working days or more, not " + days);
		}
		if (days == 0) {
			return deadline;
		}
		LocalDate last = deadline.minusNanos(1).atZone(this.zone).toLocalDate();
		return endOf(nthWorkingDayAfter(last, days));
	}

	/**
	 * The years between two moments for which no holiday is configured, so that an
	 * operator can be told the deadlines there count weekends only.
	 * @param from the first moment
	 * @param to the last moment
	 * @return the years, in order
	 */
	public Set<Integer> yearsWithoutHolidays(Instant from, Instant to) {
		Set<Integer> missing = new TreeSet<>();
		for (int year = from.atZone(this.zone).getYear(); year <= to.atZone(this.zone).getYear(); year++) {
			if (!this.holidays.containsKey(year)) {
				missing.add(year);
			}
		}
		return missing;
	}

	private LocalDate nthWorkingDayAfter(LocalDate start, int days) {
		LocalDate day = start;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** Working days after {@code after} up to and including {@code until}. */
	private int countWorkingDays(LocalDate after, LocalDate until) {
		int count = 0;
		for (LocalDate day = after.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	private Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(this.zone).toInstant();
	}

}

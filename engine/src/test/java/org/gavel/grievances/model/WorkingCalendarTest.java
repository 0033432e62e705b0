package org.gavel.grievances.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Deadlines in working days, across weekends, holidays, year ends and daylight-saving
 * changes, in the secretariat's time zone.
 */
class WorkingCalendarTest {

	static final Set<DayOfWeek> SAT_SUN = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

	/**
	 * Singapore's public holidays around the 2026/27 year end, as a secretariat there
	 * lists them.
	 */
	static final WorkingCalendar SINGAPORE = WorkingCalendar.of(ZoneId.of("Asia/Singapore"), SAT_SUN,
			List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-06"),
					LocalDate.parse("2027-02-07"), LocalDate.parse("2027-02-08")));

	static final WorkingCalendar AMSTERDAM = WorkingCalendar.of(ZoneId.of("Europe/Amsterdam"), SAT_SUN,
			List.of(LocalDate.parse("2027-03-29"), LocalDate.parse("2027-12-25")));

	@ParameterizedTest(name = "{0}: {1} + {2} working days")
	@CsvSource(delimiter = '|',
			textBlock = """
					a weekday                             | 2027-01-12T10:00+08:00[Asia/Singapore] | 1  | 2027-01-14T00:00+08:00[Asia/Singapore]
					a Friday afternoon over the weekend   | 2027-01-15T16:30+08:00[Asia/Singapore] | 1  | 2027-01-19T00:00+08:00[Asia/Singapore]
					ten days: two weeks                   | 2027-01-15T16:30+08:00[Asia/Singapore] | 10 | 2027-01-30T00:00+08:00[Asia/Singapore]
					received on a Saturday                | 2027-01-16T09:00+08:00[Asia/Singapore] | 1  | 2027-01-19T00:00+08:00[Asia/Singapore]
					Christmas and New Year over year end  | 2026-12-24T11:00+08:00[Asia/Singapore] | 5  | 2027-01-05T00:00+08:00[Asia/Singapore]
					a holiday on a Monday                 | 2027-02-05T12:00+08:00[Asia/Singapore] | 1  | 2027-02-10T00:00+08:00[Asia/Singapore]
					the day is the zone's, not UTC's      | 2027-01-14T17:00Z                      | 1  | 2027-01-19T00:00+08:00[Asia/Singapore]
					""")
	void deadlinesInSingapore(String what, String from, int days, String due) {
		assertThat(SINGAPORE.addWorkingDays(instant(from), days)).isEqualTo(instant(due));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					over the spring change and Easter Monday | 2027-03-26T15:00+01:00[Europe/Amsterdam] | 1 | 2027-03-31T00:00+02:00[Europe/Amsterdam] | 2027-03-30T22:00Z
					over the autumn change                   | 2027-10-29T15:00+02:00[Europe/Amsterdam] | 1 | 2027-11-02T00:00+01:00[Europe/Amsterdam] | 2027-11-01T23:00Z
					ten days over the autumn change          | 2027-10-25T09:00+01:00[Europe/Amsterdam] | 10 | 2027-11-09T00:00+01:00[Europe/Amsterdam] | 2027-11-08T23:00Z
					""")
	void deadlinesOverDaylightSavingChangesEndAtLocalMidnight(String what, String from, int days, String local,
			String utc) {
		Instant due = AMSTERDAM.addWorkingDays(instant(from), days);

		assertThat(due).isEqualTo(instant(local)).isEqualTo(instant(utc));
	}

	@Test
	void anotherWeekendIsConfigurable() {
		WorkingCalendar friSat = WorkingCalendar.of(ZoneId.of("Asia/Dubai"),
				Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), List.of());

		assertThat(friSat.addWorkingDays(instant("2027-01-14T10:00+04:00[Asia/Dubai]"), 1)).as("Thursday + 1 is Sunday")
			.isEqualTo(instant("2027-01-18T00:00+04:00[Asia/Dubai]"));
	}

	@ParameterizedTest(name = "at {0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2027-01-15T16:30+08:00[Asia/Singapore] | 10
			2027-01-16T09:00+08:00[Asia/Singapore] | 10
			2027-01-18T09:00+08:00[Asia/Singapore] | 9
			2027-01-29T09:00+08:00[Asia/Singapore] | 0
			2027-01-30T00:00+08:00[Asia/Singapore] | 0
			2027-02-01T10:00+08:00[Asia/Singapore] | -1
			2027-02-02T10:00+08:00[Asia/Singapore] | -2
			""")
	void daysLeftCountDownOnWorkingDaysToZeroOnTheLastDayThenCountTheDelay(String now, int left) {
		Instant due = SINGAPORE.addWorkingDays(instant("2027-01-15T16:30+08:00[Asia/Singapore]"), 10);

		assertThat(SINGAPORE.workingDaysLeft(instant(now), due)).isEqualTo(left);
	}

	@Test
	void yearsWithoutAHolidayListAreNamed() {
		assertThat(SINGAPORE.yearsWithoutHolidays(instant("2026-12-01T00:00Z"), instant("2029-01-10T00:00Z")))
			.containsExactly(2028, 2029);
	}

	@Test
	void nonsenseIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SINGAPORE.addWorkingDays(Instant.now(), 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WorkingCalendar.of(ZoneId.of("UTC"), Set.of(DayOfWeek.values()), List.of()));
	}

	@Property
	void aDeadlineEndsAWorkingDayAtLocalMidnightWithExactlyThatManyWorkingDaysBefore(@ForAll("moments") Instant from,
			@ForAll @IntRange(min = 1, max = 60) int days) {
		Instant due = AMSTERDAM.addWorkingDays(from, days);
		ZonedDateTime local = due.atZone(AMSTERDAM.zone());

		assertThat(local.toLocalTime().toSecondOfDay()).as("local midnight").isZero();
		assertThat(AMSTERDAM.isWorkingDay(local.toLocalDate().minusDays(1))).as("the last day is worked").isTrue();
		assertThat(AMSTERDAM.workingDaysLeft(from, due)).isEqualTo(days);
	}

	@Property
	void oneMoreWorkingDayIsAlwaysLater(@ForAll("moments") Instant from,
			@ForAll @IntRange(min = 1, max = 60) int days) {
		assertThat(AMSTERDAM.addWorkingDays(from, days + 1)).isAfter(AMSTERDAM.addWorkingDays(from, days));
	}

	@Provide
	Arbitrary<Instant> moments() {
		return Arbitraries.longs()
			.between(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond(),
					Instant.parse("2028-12-31T00:00:00Z").getEpochSecond())
			.map(Instant::ofEpochSecond);
	}

	@ParameterizedTest(name = "{1} working days from {0}, reminded {2} before: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			2027-03-05T07:00:00Z | 10 | 2 | 2027-03-17T16:00:00Z
			2027-03-05T07:00:00Z | 10 | 0 | 2027-03-19T16:00:00Z
			2027-03-05T07:00:00Z | 2  | 2 | 2027-03-05T07:00:00Z
			2027-03-05T07:00:00Z | 2  | 5 | 2027-03-05T07:00:00Z
			""")
	void aReminderFallsSoManyWorkingDaysBeforeItsDeadline(String from, int within, int before, String reminder) {
		assertThat(SINGAPORE.reminderBefore(instant(from), within, before)).isEqualTo(instant(reminder));
	}

	@ParameterizedTest(name = "{1} working days before the deadline {0}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2027-03-12T16:00:00Z | 1 | 2027-03-10T16:00:00Z
			2027-01-04T16:00:00Z | 2 | 2026-12-29T16:00:00Z
			2026-12-28T16:00:00Z | 5 | 2026-12-17T16:00:00Z
			""")
	void aReminderCountsBackWorkingDaysFromADeadlineFixedByDate(String deadline, int days, String reminder) {
		assertThat(SINGAPORE.workingDaysBefore(instant(deadline), days)).isEqualTo(instant(reminder));
	}

	@ParameterizedTest(name = "{0}: {1} to {2} is {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					the same day                      | 2027-01-12T09:00+08:00[Asia/Singapore] | 2027-01-12T17:00+08:00[Asia/Singapore] | 0
					Tuesday to Thursday               | 2027-01-12T17:00+08:00[Asia/Singapore] | 2027-01-14T08:00+08:00[Asia/Singapore] | 2
					Friday to Monday                  | 2027-01-15T16:00+08:00[Asia/Singapore] | 2027-01-18T09:00+08:00[Asia/Singapore] | 1
					over Christmas and New Year       | 2026-12-24T11:00+08:00[Asia/Singapore] | 2027-01-04T09:00+08:00[Asia/Singapore] | 5
					the other way round               | 2027-01-14T08:00+08:00[Asia/Singapore] | 2027-01-12T17:00+08:00[Asia/Singapore] | 0
					""")
	void workingDaysBetweenCountTheDaysAfterTheFirstUpToTheLast(String what, String from, String to, int days) {
		assertThat(SINGAPORE.workingDaysBetween(instant(from), instant(to))).isEqualTo(days);
	}

	@ParameterizedTest(name = "{0}: {1} + {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					the end of a Tuesday, one more   | 2027-01-13T00:00+08:00[Asia/Singapore] | 1 | 2027-01-14T00:00+08:00[Asia/Singapore]
					the end of a Friday, one more    | 2027-01-16T00:00+08:00[Asia/Singapore] | 1 | 2027-01-19T00:00+08:00[Asia/Singapore]
					none: it stays                   | 2027-01-16T00:00+08:00[Asia/Singapore] | 0 | 2027-01-16T00:00+08:00[Asia/Singapore]
					over the year end holidays       | 2026-12-24T00:00+08:00[Asia/Singapore] | 3 | 2026-12-30T00:00+08:00[Asia/Singapore]
					""")
	void aDeadlineExtendsFromItsOwnLastDay(String what, String deadline, int days, String moved) {
		assertThat(SINGAPORE.extend(instant(deadline), days)).isEqualTo(instant(moved));
	}

	@Property
	void extendingADeadlineIsGivingMoreWorkingDaysFromTheStart(@ForAll("moments") Instant from,
			@ForAll @IntRange(min = 1, max = 40) int days, @ForAll @IntRange(min = 0, max = 40) int more) {
		assertThat(AMSTERDAM.extend(AMSTERDAM.addWorkingDays(from, days), more))
			.isEqualTo(AMSTERDAM.addWorkingDays(from, days + more));
	}

	@Test
	void aDeadlineIsNotMovedEarlier() {
		assertThatIllegalArgumentException().isThrownBy(() -> SINGAPORE.extend(Instant.now(), -1));
	}

	private static Instant instant(String text) {
		return text.endsWith("Z") ? Instant.parse(text.replaceAll("T(\\d\\d:\\d\\d)Z$", "T$1:00Z"))
				: ZonedDateTime.parse(text).toInstant();
	}

}

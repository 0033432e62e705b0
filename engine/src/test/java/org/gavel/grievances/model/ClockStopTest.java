package org.gavel.grievances.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How long a request to the complainant stopped the panel's decision clock, and the
 * deadline it leaves: the working days it was open while the clock ran, added to the
 * deadline. The secretariat works Monday to Friday in UTC; Easter Monday, 29 March 2027,
 * is a holiday. The decision is due by the end of Friday 26 March 2027.
 */
class ClockStopTest {

	static final WorkingCalendar CALENDAR = WorkingCalendar.of(ZoneId.of("UTC"),
			Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(LocalDate.parse("2027-03-29")));

	static final Instant DEADLINE = Instant.parse("2027-03-27T00:00:00Z");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					asked and answered the same day     | 2027-03-01T09:00:00Z | 2027-03-03T10:00:00Z | 2027-03-03T16:00:00Z | 0  | 2027-03-27T00:00:00Z
					Monday to Wednesday, over Easter    | 2027-03-01T09:00:00Z | 2027-03-08T10:00:00Z | 2027-03-10T09:00:00Z | 2  | 2027-04-01T00:00:00Z
					Friday to Monday: the weekend is no working day | 2027-03-01T09:00:00Z | 2027-03-12T16:00:00Z | 2027-03-15T09:00:00Z | 1 | 2027-03-31T00:00:00Z
					two weeks                           | 2027-03-01T09:00:00Z | 2027-03-01T09:00:00Z | 2027-03-15T09:00:00Z | 10 | 2027-04-13T00:00:00Z
					asked before the clock started: counted from its start | 2027-03-10T12:00:00Z | 2027-03-08T10:00:00Z | 2027-03-12T10:00:00Z | 2 | 2027-04-01T00:00:00Z
					closed before the clock started     | 2027-03-03T12:00:00Z | 2027-03-01T10:00:00Z | 2027-03-02T10:00:00Z | 0  | 2027-03-27T00:00:00Z
					answered after the deadline passed  | 2027-03-01T09:00:00Z | 2027-03-25T09:00:00Z | 2027-03-30T09:00:00Z | 2  | 2027-04-01T00:00:00Z
					""")
	void theDecisionDeadlineMovesByTheWorkingDaysTheRequestWasOpen(String what, String clockStarted, String asked,
			String closed, int days, String moved) {
		ClockStop stop = new ClockStop(Instant.parse(asked), Instant.parse(closed));

		assertThat(stop.workingDays(CALENDAR, Instant.parse(clockStarted))).isEqualTo(days);
		assertThat(stop.moved(DEADLINE, CALENDAR, Instant.parse(clockStarted))).isEqualTo(Instant.parse(moved));
	}

	@Test
	void aRequestClosesAfterItWasAsked() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new ClockStop(Instant.parse("2027-03-02T10:00:00Z"), Instant.parse("2027-03-01T10:00:00Z")));
	}

}

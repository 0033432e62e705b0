package org.gavel.resolutions.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTest {

	static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

	@ParameterizedTest(name = "meeting {0}, notice {1}, deadline {2}, voting {3}..{4} -> {5}")
	@CsvSource(delimiter = '|', value = {
			"2027-01-15T09:00 | 2026-11-22 | 2026-12-01T23:59 | 2027-01-01T00:00 | 2027-01-14T23:59 | ",
			"2026-12-15T09:00 | 2026-11-22 | 2026-12-01T23:59 | 2026-12-05T00:00 | 2026-12-14T23:59 | startsAt=breaks the statutory notice of 30 days: with notice given on 2026-11-22 the General Assembly can be held on 2026-12-22 at the earliest",
			"2026-12-22T09:00 | 2026-11-22 | 2026-12-01T23:59 | 2026-12-05T00:00 | 2026-12-14T23:59 | ",
			"2027-01-15T09:00 | 2026-11-23 | 2026-12-01T23:59 | 2027-01-01T00:00 | 2027-01-14T23:59 | noticeGivenOn=cannot be after today (2026-11-22)",
			"2027-01-15T09:00 | 2026-10-01 | 2026-11-20T23:59 | 2027-01-01T00:00 | 2027-01-14T23:59 | submissionDeadline=has passed already",
			"2027-01-15T09:00 | 2026-11-22 | 2027-01-02T00:00 | 2027-01-01T00:00 | 2027-01-14T23:59 | submissionDeadline=must be before voting opens, to leave time for review and the booklet",
			"2027-01-15T09:00 | 2026-11-22 | 2026-12-01T23:59 | 2027-01-10T00:00 | 2027-01-09T23:59 | votingClosesAt=must be after voting opens",
			"2027-01-15T09:00 | 2026-11-22 | 2026-12-01T23:59 | 2027-01-10T00:00 | 2027-01-15T09:01 | votingClosesAt=must be no later than the start of the General Assembly" })
	void datesKeepTheNoticePeriodAndFollowOneAnother(String startsAt, String notice, String deadline, String opens,
			String closes, String problem) {
		ZoneId zone = ZoneId.of("Asia/Singapore");
		Schedule schedule = new Schedule(at(startsAt, zone), zone, LocalDate.parse(notice), 30, at(deadline, zone),
				at(opens, zone), at(closes, zone));

		var problems = schedule.problems(NOW);

		if (problem == null) {
			assertThat(problems).isEmpty();
		}
		else {
			String[] field = problem.split("=", 2);
			assertThat(problems).containsEntry(field[0], field[1]);
		}
	}

	@ParameterizedTest(name = "deadline moved from {0} to {1} -> {2}")
	@CsvSource(delimiter = '|', value = { "2026-11-20T23:59 | 2026-11-20T23:59 | ",
			"2026-11-20T23:59 | 2026-12-01T23:59 | submissionDeadline=submissions closed at 2026-11-20T23:59: that deadline can no longer move",
			"2026-11-20T23:59 | 2026-11-19T23:59 | submissionDeadline=submissions closed at 2026-11-20T23:59: that deadline can no longer move" })
	void aDeadlineThatHasPassedStaysWhereItWas(String closed, String moved, String problem) {
		ZoneId zone = ZoneId.of("Asia/Singapore");
		Schedule schedule = new Schedule(at("2027-01-15T09:00", zone), zone, LocalDate.parse("2026-11-01"), 30,
				at(moved, zone), at("2027-01-01T00:00", zone), at("2027-01-14T23:59", zone));

		var problems = schedule.problems(NOW, at(closed, zone));

		if (problem == null) {
			assertThat(problems).isEmpty();
		}
		else {
			String[] field = problem.split("=", 2);
			assertThat(problems).containsExactly(Map.entry(field[0], field[1]));
		}
	}

	private static Instant at(String local, ZoneId zone) {
		return LocalDateTime.parse(local).atZone(zone).toInstant();
	}

}

package org.gavel.grievances;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class HolidayCheckTest {

	static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-02T06:00:00Z"), ZoneId.of("UTC"));

	@Test
	void theYearsADeadlineCanReachWithoutAHolidayAreNamed() {
		assertThat(check(List.of()).missing()).containsExactly(2026, 2027);
		assertThat(check(List.of(LocalDate.of(2026, 12, 25))).missing()).containsExactly(2027);
		assertThat(check(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1))).missing()).isEmpty();
	}

	private static HolidayCheck check(List<LocalDate> holidays) {
		return new HolidayCheck(new GrievanceSettings(ZoneId.of("Asia/Singapore"),
				Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays, 10, 2, 20, 30, 5, DataSize.ofMegabytes(10), 10,
				2, 20, 5, 5, 20, 20, 20, 5, "grievance-panel", Duration.ofDays(5), 10), DECEMBER);
	}

}

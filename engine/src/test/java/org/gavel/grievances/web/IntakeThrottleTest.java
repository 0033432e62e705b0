package org.gavel.grievances.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.gavel.grievances.GrievanceSettings;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeThrottleTest {

	@Test
	void oneAddressFilesAtMostTheHourlyLimitAndOthersAreNotHeldBack() {
		IntakeThrottle throttle = new IntakeThrottle(new GrievanceSettings(ZoneId.of("UTC"),
				Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(), 10, 2, 20, 30, 5, DataSize.ofMegabytes(10), 3,
				2, 20, 5, 5, 20, 20, 20, 5, "grievance-panel", Duration.ofDays(5), 10));

		assertThat(List.of(throttle.allow("203.0.113.7"), throttle.allow("203.0.113.7"), throttle.allow("203.0.113.7"),
				throttle.allow("203.0.113.7")))
			.containsExactly(true, true, true, false);
		assertThat(throttle.allow("198.51.100.2")).isTrue();
	}

}

package org.gavel.grievances;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the operator at start-up which years, this one and the next (as far as grievance
 * deadlines reach), have no holidays in {@code gavel.grievances.holidays}: deadlines
 * there count every day but the weekend ({@code GRIEVANCE-028}).
 */
@Component
class HolidayCheck {

	private final GrievanceSettings settings;

	private final Clock clock;

	HolidayCheck(GrievanceSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warn() {
		Set<Integer> missing = missing();
		if (!missing.isEmpty()) {
			GrievanceLog.NO_HOLIDAYS.log(missing, this.settings.timeZone());
		}
	}

	/**
	 * The years from now to a year ahead that have no holiday configured.
	 * @return the years, in order
	 */
	Set<Integer> missing() {
		Instant now = this.clock.instant();
		return this.settings.calendar().yearsWithoutHolidays(now, now.plus(Duration.ofDays(366)));
	}

}

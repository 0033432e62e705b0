package org.gavel.grievances;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.Grievances;

import org.springframework.stereotype.Component;

/**
 * Grievance gauges for Prometheus: {@code gavel_grievances_cases{stage=…}}, the cases at
 * each stage, {@code gavel_grievances_acknowledgements_overdue}, the cases past their
 * acknowledgement deadline, and {@code gavel_grievances_deadlines_breached}, the open
 * cases past the deadline their stage runs against (acknowledgement, completion by the
 * complainant, bilateral engagement, the respondent's reply after its second notice, the
 * panel's decision). Read from the database at most every 15 seconds, whatever the scrape
 * rate.
 */
@Component
class GrievanceGauges implements MeterBinder {

	private static final Duration FRESH = Duration.ofSeconds(15);

	private final Grievances grievances;

	private final GrievanceSettings settings;

	private final Clock clock;

	private volatile Snapshot snapshot;

	GrievanceGauges(Grievances grievances, GrievanceSettings settings, Clock clock) {
		this.grievances = grievances;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Stage stage : Stage.values()) {
			Gauge.builder("gavel.grievances.cases", () -> snapshot().byStage().getOrDefault(stage, 0L))
				.description("Grievance cases at a stage")
				.tag("stage", stage.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
		Gauge.builder("gavel.grievances.acknowledgements.overdue", () -> snapshot().overdue())
			.description("Grievances still unacknowledged past their deadline")
			.register(registry);
		Gauge.builder("gavel.grievances.deadlines.breached", () -> snapshot().breached())
			.description("Open grievances past the deadline of their stage")
			.register(registry);
	}

	private Snapshot snapshot() {
		Instant now = this.clock.instant();
		Snapshot last = this.snapshot;
		if (last == null || last.at().plus(FRESH).isBefore(now)) {
			last = new Snapshot(now, this.grievances.countsByStage(), this.grievances.overdueAcknowledgements(now),
					this.grievances.breachedDeadlines(now, this.settings.timeZone()));
			this.snapshot = last;
		}
		return last;
	}

	private record Snapshot(Instant at, Map<Stage, Long> byStage, long overdue, long breached) {

	}

}

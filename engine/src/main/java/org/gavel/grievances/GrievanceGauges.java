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
 * each stage, and {@code gavel_grievances_acknowledgements_overdue}, the cases past their
 * acknowledgement deadline. Read from the database at most every 15 seconds, whatever the
 * scrape rate.
 */
@Component
class GrievanceGauges implements MeterBinder {

	private static final Duration FRESH = Duration.ofSeconds(15);

	private final Grievances grievances;

	private final Clock clock;

	private volatile Snapshot snapshot;

	GrievanceGauges(Grievances grievances, Clock clock) {
		this.grievances = grievances;
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
	}

	private Snapshot snapshot() {
		Instant now = this.clock.instant();
		Snapshot last = this.snapshot;
		if (last == null || last.at().plus(FRESH).isBefore(now)) {
			last = new Snapshot(now, this.grievances.countsByStage(), this.grievances.overdueAcknowledgements(now));
			this.snapshot = last;
		}
		return last;
	}

	private record Snapshot(Instant at, Map<Stage, Long> byStage, long overdue) {

	}

}

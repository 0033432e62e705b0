package org.gavel.grievances;

import java.time.Instant;
import java.util.Optional;

import org.gavel.grievances.model.ClockStop;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.InformationRequest;
import org.gavel.grievances.model.PanelFile;
import org.gavel.grievances.persistence.GrievancePanels;

import org.springframework.stereotype.Component;

/**
 * Restarts the panel's decision clock when a request to the complainant closes: once the
 * clock has started (the decision is due, and not taken yet), the deadline moves later by
 * the working days the request was open while it ran ({@link ClockStop}). The process's
 * own copy of the deadline is moved by {@code InvestigationProcesses}.
 */
@Component
class DecisionClock {

	private final GrievancePanels panels;

	private final GrievanceSettings settings;

	DecisionClock(GrievancePanels panels, GrievanceSettings settings) {
		this.panels = panels;
		this.settings = settings;
	}

	/**
	 * Moves the case's decision deadline for a request that just closed.
	 * @param grievance the case
	 * @param file its panel stage, as read before the request closed
	 * @param closed the request, answered or withdrawn
	 * @return how far the deadline moved
	 */
	Restarted restart(Grievance grievance, PanelFile file, InformationRequest closed) {
		Optional<ClockStop> stop = closed.clockStop();
		Optional<Instant> started = file.decisionClockStarted();
		if (stop.isEmpty() || started.isEmpty() || file.decision().isPresent()) {
			return Restarted.NOT_STOPPED;
		}
		Instant deadline = file.decideBy().orElseThrow();
		int days = stop.get().workingDays(this.settings.calendar(), started.get());
		if (days == 0) {
			return new Restarted(0, Optional.empty());
		}
		Instant moved = stop.get().moved(deadline, this.settings.calendar(), started.get());
		this.panels.decisionDue(grievance.id(), moved);
		GrievanceLog.DECISION_DEADLINE_MOVED.log(grievance.number(), days, moved);
		return new Restarted(days, Optional.of(moved));
	}

	/**
	 * How the decision deadline moved.
	 *
	 * @param days working days later, 0 when it did not move
	 * @param decideBy the new deadline, if it moved
	 */
	record Restarted(int days, Optional<Instant> decideBy) {

		static final Restarted NOT_STOPPED = new Restarted(0, Optional.empty());

	}

}

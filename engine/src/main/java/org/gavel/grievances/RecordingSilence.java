package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Actors;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * The second notice lapsed without a reply: the panel and the secretariat are alerted,
 * and the panel decides without a reply within {@code gavel.grievances.decide-within}
 * working days.
 */
@Service
public class RecordingSilence {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	RecordingSilence(Grievances grievances, GrievancePanels panels, GrievanceMails mails, GrievanceSettings settings,
			Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Records the silence.
	 * @param number the case
	 * @return when the decision is due, or why not
	 */
	public Outcome<Instant> record(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> grievance.in(Stage.PANEL)).then((grievance) -> {
			Instant now = this.clock.instant();
			Instant decideBy = this.settings.calendar().addWorkingDays(now, this.settings.decideWithin());
			this.panels.decisionDue(grievance.id(), decideBy);
			this.grievances.event(grievance.id(), now, GrievanceEvent.REPLY_LAPSED, Actors.GAVEL, null);
			this.mails.replyLapsed(grievance, this.panels.of(grievance.id()).panel().orElseThrow().members());
			GrievanceLog.REPLY_LAPSED.log(number);
			return Outcome.accepted(decideBy);
		});
	}

}

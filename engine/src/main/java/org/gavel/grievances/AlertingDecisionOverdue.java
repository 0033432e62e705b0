package org.gavel.grievances;

import java.time.Clock;
import java.util.List;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Panel;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievanceAppeals;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Actors;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * The decision a case awaits is overdue, the complaints panel's or, on appeal, the appeal
 * panel's: the breach is recorded and the secretariat and that panel are alerted; the
 * decision stays open.
 */
@Service
public class AlertingDecisionOverdue {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceAppeals appeals;

	private final GrievanceMails mails;

	private final Clock clock;

	AlertingDecisionOverdue(Grievances grievances, GrievancePanels panels, GrievanceAppeals appeals,
			GrievanceMails mails, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.appeals = appeals;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Alerts the secretariat and the panel.
	 * @param number the case
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> alert(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> {
			if (grievance.stage() == Stage.APPEAL) {
				this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.APPEAL_DECISION_OVERDUE,
						Actors.GAVEL, null);
				this.mails.decisionOverdue(grievance,
						this.appeals.of(grievance.id()).panel().map(Panel::members).orElse(List.of()), true);
				GrievanceLog.APPEAL_DECISION_OVERDUE.log(number);
				return Outcome.done();
			}
			return grievance.in(Stage.PANEL).map((panelCase) -> {
				this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.DECISION_OVERDUE,
						Actors.GAVEL, null);
				this.mails.decisionOverdue(grievance,
						this.panels.of(grievance.id()).panel().map(Panel::members).orElse(List.of()), false);
				GrievanceLog.DECISION_OVERDUE.log(number);
				return Outcome.Done.DONE;
			});
		});
	}

}

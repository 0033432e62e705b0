package org.gavel.grievances;

import java.time.Clock;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Actors;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Sends a grievance that bilateral engagement did not resolve, or not in time, to the
 * complaints panel; the parties and the secretariat are told.
 */
@Service
public class EscalatingToPanel {

	private final Grievances grievances;

	private final GrievanceMails mails;

	private final Clock clock;

	EscalatingToPanel(Grievances grievances, GrievanceMails mails, Clock clock) {
		this.grievances = grievances;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Escalates the case.
	 * @param escalation which case, and why
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> escalate(Escalation escalation) {
		return this.grievances.found(escalation.number())
			.then((grievance) -> grievance.in(Stage.BILATERAL))
			.then((grievance) -> {
				this.grievances.stage(grievance.id(), Stage.PANEL);
				this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.ESCALATED_TO_PANEL,
						Actors.GAVEL, escalation.why());
				this.mails.escalated(grievance);
				GrievanceLog.ESCALATED_TO_PANEL.log(escalation.number(), escalation.why());
				return Outcome.done();
			});
	}

	/**
	 * An escalation.
	 *
	 * @param number the case
	 * @param why not resolved, or not in time
	 */
	public record Escalation(CaseNumber number, String why) {

	}

}

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
 * Closes a grievance its complainant did not complete by the deadline.
 */
@Service
public class ClosingIncomplete {

	private final Grievances grievances;

	private final GrievanceMails mails;

	private final Clock clock;

	ClosingIncomplete(Grievances grievances, GrievanceMails mails, Clock clock) {
		this.grievances = grievances;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Closes the case.
	 * @param number the case
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> close(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> grievance.in(Stage.INCOMPLETE)).then((grievance) -> {
			this.grievances.stage(grievance.id(), Stage.CLOSED);
			this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.CLOSED_INCOMPLETE, Actors.GAVEL,
					null);
			this.mails.closedIncomplete(grievance);
			GrievanceLog.CLOSED_INCOMPLETE.log(number);
			return Outcome.done();
		});
	}

}

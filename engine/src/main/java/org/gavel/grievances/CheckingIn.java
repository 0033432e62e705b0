package org.gavel.grievances;

import java.time.Clock;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Actors;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Halfway through a bilateral engagement, asks both parties how it goes.
 */
@Service
public class CheckingIn {

	private final Grievances grievances;

	private final GrievanceMails mails;

	private final Clock clock;

	CheckingIn(Grievances grievances, GrievanceMails mails, Clock clock) {
		this.grievances = grievances;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Checks in.
	 * @param number the case
	 * @return done, or a refusal for an unknown case
	 */
	public Outcome<Outcome.Done> checkIn(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> {
			this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.CHECKED_IN, Actors.GAVEL, null);
			this.mails.checkIn(grievance);
			GrievanceLog.CHECKED_IN.log(number);
			return Outcome.done();
		});
	}

}

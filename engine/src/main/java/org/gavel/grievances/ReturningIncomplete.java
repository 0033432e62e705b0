package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Actors;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Sends an incomplete grievance back to its complainant, with what is missing and a
 * deadline in working days to complete it.
 */
@Service
public class ReturningIncomplete {

	private final Grievances grievances;

	private final GrievanceMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	ReturningIncomplete(Grievances grievances, GrievanceMails mails, GrievanceSettings settings, Clock clock) {
		this.grievances = grievances;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Returns the case.
	 * @param number the case
	 * @return the deadline to complete it
	 */
	public Outcome<Instant> returnToComplainant(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> {
			Instant now = this.clock.instant();
			Instant completeBy = this.settings.calendar().addWorkingDays(now, this.settings.completeWithin());
			this.grievances.returned(grievance.id(), completeBy);
			this.grievances.event(grievance.id(), now, GrievanceEvent.RETURNED_INCOMPLETE, Actors.GAVEL,
					grievance.missing());
			this.mails.returned(this.grievances.find(number).orElseThrow());
			GrievanceLog.RETURNED_INCOMPLETE.log(number, completeBy);
			return Outcome.accepted(completeBy);
		});
	}

}

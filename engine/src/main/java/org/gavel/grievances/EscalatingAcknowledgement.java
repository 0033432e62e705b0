package org.gavel.grievances;

import java.time.Clock;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Actors;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * A grievance's acknowledgement deadline passed with the case still unacknowledged: the
 * breach is recorded and the secretariat alerted.
 */
@Service
public class EscalatingAcknowledgement {

	private final Grievances grievances;

	private final GrievanceMails mails;

	private final Clock clock;

	EscalatingAcknowledgement(Grievances grievances, GrievanceMails mails, Clock clock) {
		this.grievances = grievances;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Alerts the secretariat.
	 * @param number the case
	 * @return done, or a refusal for a case that does not exist
	 */
	public Outcome<Outcome.Done> escalate(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> {
			this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.ACKNOWLEDGEMENT_OVERDUE,
					Actors.GAVEL, null);
			this.mails.overdue(grievance);
			GrievanceLog.ACKNOWLEDGEMENT_OVERDUE.log(number);
			return Outcome.done();
		});
	}

}

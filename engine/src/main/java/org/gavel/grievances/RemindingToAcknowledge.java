package org.gavel.grievances;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * A grievance's acknowledgement deadline nears with the case still unacknowledged: the
 * secretariat is reminded.
 */
@Service
public class RemindingToAcknowledge {

	private final Grievances grievances;

	private final GrievanceMails mails;

	RemindingToAcknowledge(Grievances grievances, GrievanceMails mails) {
		this.grievances = grievances;
		this.mails = mails;
	}

	/**
	 * Reminds the secretariat that a grievance still awaits acknowledgement.
	 * @param number the case
	 * @return done, or a refusal for a case that does not exist
	 */
	public Outcome<Outcome.Done> remind(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> {
			this.mails.reminder(grievance);
			GrievanceLog.ACKNOWLEDGEMENT_REMINDER.log(number, grievance.acknowledgeBy());
			return Outcome.done();
		});
	}

}

package org.gavel.grievances;

import java.time.Clock;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * The secretariat acknowledges a grievance it received; the complainant is told.
 */
@Service
public class AcknowledgingGrievance {

	private final Grievances grievances;

	private final GrievanceMails mails;

	private final Clock clock;

	AcknowledgingGrievance(Grievances grievances, GrievanceMails mails, Clock clock) {
		this.grievances = grievances;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Acknowledges a grievance.
	 * @param acknowledgement who acknowledges which case, with what note
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> acknowledge(Acknowledgement acknowledgement) {
		return this.grievances.found(acknowledgement.number())
			.then((grievance) -> grievance.in(Stage.RECEIVED))
			.then((grievance) -> {
				this.grievances.stage(grievance.id(), Stage.ACKNOWLEDGED);
				this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.ACKNOWLEDGED,
						acknowledgement.by(), acknowledgement.note());
				this.mails.acknowledged(grievance, acknowledgement.note());
				GrievanceLog.ACKNOWLEDGED.log(grievance.number(), acknowledgement.by());
				return Outcome.done();
			});
	}

	/**
	 * An acknowledgement.
	 *
	 * @param number the case
	 * @param by who acknowledges it (of the secretariat)
	 * @param note a note to the complainant, or {@code null}
	 */
	public record Acknowledgement(CaseNumber number, String by, String note) {

	}

}

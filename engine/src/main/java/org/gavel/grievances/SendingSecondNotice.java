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
 * The respondent's reply is overdue: the breach is recorded and a second and last notice
 * gives it {@code gavel.grievances.second-notice-within} working days more.
 */
@Service
public class SendingSecondNotice {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceMails mails;

	private final Clock clock;

	SendingSecondNotice(Grievances grievances, GrievancePanels panels, GrievanceMails mails, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Sends the second notice.
	 * @param number the case
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> send(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> grievance.in(Stage.PANEL)).then((grievance) -> {
			Instant lastDay = this.panels.of(grievance.id()).finalReplyBy().orElseThrow();
			this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.SECOND_NOTICE, Actors.GAVEL,
					null);
			this.mails.secondNotice(grievance, lastDay);
			GrievanceLog.SECOND_NOTICE.log(number, lastDay);
			return Outcome.done();
		});
	}

}

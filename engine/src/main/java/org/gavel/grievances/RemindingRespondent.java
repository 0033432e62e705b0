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
 * The respondent's reply to the complaints panel is due soon: its representatives are
 * reminded.
 */
@Service
public class RemindingRespondent {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceMails mails;

	private final Clock clock;

	RemindingRespondent(Grievances grievances, GrievancePanels panels, GrievanceMails mails, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Reminds the respondent.
	 * @param number the case
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> remind(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> grievance.in(Stage.PANEL)).then((grievance) -> {
			Instant replyBy = this.panels.of(grievance.id()).replyBy().orElseThrow();
			this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.RESPONDENT_REMINDED,
					Actors.GAVEL, null);
			this.mails.replyReminder(grievance, replyBy);
			GrievanceLog.RESPONDENT_REMINDED.log(number, replyBy);
			return Outcome.done();
		});
	}

}

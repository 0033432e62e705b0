package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Actors;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Opens bilateral engagement on a low-risk grievance: the parties engage directly, with a
 * deadline in working days and a check-in halfway; both are told.
 */
@Service
public class OpeningEngagement {

	private final Grievances grievances;

	private final GrievanceMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	OpeningEngagement(Grievances grievances, GrievanceMails mails, GrievanceSettings settings, Clock clock) {
		this.grievances = grievances;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Opens the engagement.
	 * @param number the case, routed to bilateral engagement
	 * @return its deadline and check-in, or why not
	 */
	public Outcome<Engagement> open(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> grievance.in(Stage.BILATERAL)).then((grievance) -> {
			Instant now = this.clock.instant();
			int within = this.settings.engagementWithin();
			Engagement engagement = new Engagement(this.settings.calendar().addWorkingDays(now, within / 2),
					this.settings.calendar().addWorkingDays(now, within));
			this.grievances.engagementDue(grievance.id(), engagement.dueBy());
			this.grievances.event(grievance.id(), now, GrievanceEvent.ENGAGEMENT_OPENED, Actors.GAVEL, null);
			this.mails.engagementOpened(this.grievances.find(number).orElseThrow());
			GrievanceLog.ENGAGEMENT_OPENED.log(number, engagement.dueBy());
			return Outcome.accepted(engagement);
		});
	}

	/**
	 * An engagement's dates.
	 *
	 * @param checkInAt when the parties are asked how it goes
	 * @param dueBy when it must have resolved the grievance
	 */
	public record Engagement(Instant checkInAt, Instant dueBy) {

	}

}

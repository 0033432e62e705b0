package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.PanelDecision;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievanceAppeals;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * Publishes the complaints panel's decision on the register and tells the parties, with
 * the end of the appeal window: {@code gavel.grievances.appeal-within} working days, or
 * none when decisions cannot be appealed ({@code 0}).
 */
@Service
public class PublishingDecision {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceAppeals appeals;

	private final GrievanceMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	PublishingDecision(Grievances grievances, GrievancePanels panels, GrievanceAppeals appeals, GrievanceMails mails,
			GrievanceSettings settings, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.appeals = appeals;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Publishes the decision.
	 * @param publication which case, and the panel member who recorded the decision
	 * @return when the appeal window closes (now, when decisions cannot be appealed)
	 */
	public Outcome<Instant> publish(Publication publication) {
		return this.grievances.found(publication.number())
			.then((grievance) -> grievance.in(Stage.PANEL))
			.then((grievance) -> {
				Optional<PanelDecision> decision = this.panels.of(grievance.id()).decision();
				if (decision.isEmpty()) {
					return Outcome.refused(Refusal.of("Case " + grievance.number() + " is not decided yet."));
				}
				Instant now = this.clock.instant();
				boolean appealable = this.settings.appealWithin() > 0;
				Instant appealBy = appealable
						? this.settings.calendar().addWorkingDays(now, this.settings.appealWithin()) : now;
				this.appeals.windowCloses(grievance.id(), appealBy);
				this.grievances.stage(grievance.id(), Stage.DECIDED);
				this.grievances.event(grievance.id(), now, GrievanceEvent.DECIDED, publication.by(),
						decision.get().finding().label() + ": " + decision.get().summary());
				this.mails.decided(grievance, decision.get(), appealable ? Optional.of(appealBy) : Optional.empty());
				GrievanceLog.DECISION_PUBLISHED.log(grievance.number(), appealBy);
				return Outcome.accepted(appealBy);
			});
	}

	/**
	 * A decision to publish.
	 *
	 * @param number the case
	 * @param by the panel member who recorded it
	 */
	public record Publication(CaseNumber number, String by) {

	}

}

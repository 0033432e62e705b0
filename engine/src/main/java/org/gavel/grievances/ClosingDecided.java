package org.gavel.grievances;

import java.time.Clock;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.PanelDecision;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * Closes a grievance the complaints panel decided, its decision and corrective actions
 * published on the register; the complainant (if they gave an address), the respondent
 * and the secretariat are told.
 */
@Service
public class ClosingDecided {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceMails mails;

	private final Clock clock;

	ClosingDecided(Grievances grievances, GrievancePanels panels, GrievanceMails mails, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Closes the case.
	 * @param closing which case, and the panel member who recorded the decision
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> close(Closing closing) {
		return this.grievances.found(closing.number())
			.then((grievance) -> grievance.in(Stage.PANEL))
			.then((grievance) -> Outcome.when(this.panels.of(grievance.id()).decision().isPresent(), grievance,
					() -> Refusal.of("Case " + closing.number() + " is not decided yet.")))
			.then((grievance) -> {
				PanelDecision decided = this.panels.of(grievance.id()).decision().orElseThrow();
				this.grievances.stage(grievance.id(), Stage.CLOSED);
				this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.DECIDED, closing.by(),
						decided.finding().label() + ": " + decided.summary());
				this.mails.decided(this.grievances.find(closing.number()).orElseThrow(), decided);
				return Outcome.done();
			});
	}

	/**
	 * A decided case to close.
	 *
	 * @param number the case
	 * @param by the panel member who recorded the decision
	 */
	public record Closing(CaseNumber number, String by) {

	}

}

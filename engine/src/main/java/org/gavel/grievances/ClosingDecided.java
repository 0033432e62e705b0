package org.gavel.grievances;

import java.time.Clock;
import java.util.Set;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.model.TrackedAction;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * Closes a decided grievance once its decision is final and every corrective action was
 * found completed; the complainant (if they gave an address) and the respondent are told.
 * The register keeps the decision in force and its actions.
 */
@Service
public class ClosingDecided {

	private static final Set<Stage> FINAL = Set.of(Stage.DECIDED, Stage.APPEAL, Stage.MONITORING);

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
	 * @param closing which case, and who closes it
	 * @return done, or why not (nothing written)
	 */
	public Outcome<Outcome.Done> close(Closing closing) {
		return this.grievances.found(closing.number())
			.then((grievance) -> Outcome.when(FINAL.contains(grievance.stage()), grievance,
					() -> Refusal.of("Case " + closing.number() + " is " + grievance.stage().label() + ".")))
			.then((grievance) -> TrackedAction.allCompleted(grievance.number(), this.panels.actions(grievance.id()))
				.map((actions) -> {
					this.grievances.stage(grievance.id(), Stage.CLOSED);
					this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.CLOSED, closing.by(),
							actions.isEmpty() ? "the decision is final" : "every corrective action completed");
					this.mails.closed(grievance);
					GrievanceLog.CLOSED.log(grievance.number(), closing.by());
					return Outcome.Done.DONE;
				}));
	}

	/**
	 * A decided case to close.
	 *
	 * @param number the case
	 * @param by who closes it: the secretariat, or Gavel when there was nothing to
	 * monitor
	 */
	public record Closing(CaseNumber number, String by) {

	}

}

package org.gavel.grievances;

import java.time.Clock;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievanceAppeals;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * A member of the grievance panel declares a conflict with a case before its panel is
 * formed: the secretariat then cannot seat them on it.
 */
@Service
public class DeclaringConflict {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceAppeals appeals;

	private final Clock clock;

	DeclaringConflict(Grievances grievances, GrievancePanels panels, GrievanceAppeals appeals, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.appeals = appeals;
		this.clock = clock;
	}

	/**
	 * Records the declaration.
	 * @param declaration who, on which case, why
	 * @return done, or the refusal by its field
	 */
	public Outcome<Outcome.Done> declare(Declaration declaration) {
		String reason = (declaration.reason() == null) ? "" : declaration.reason().strip();
		if (reason.isEmpty()) {
			return Outcome.refused("reason", "is required: say what ties you to a party of the case");
		}
		return this.grievances.found(declaration.number())
			.then((grievance) -> Outcome.when(forming(grievance), grievance,
					() -> Refusal.of("No panel of case " + grievance.number()
							+ " is being formed; tell the secretariat of your conflict.")))
			.then((grievance) -> {
				this.panels.declareConflict(grievance.id(), declaration.by(), reason, this.clock.instant());
				this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.CONFLICT_DECLARED,
						declaration.by(), null);
				GrievanceLog.CONFLICT_DECLARED.log(grievance.number(), declaration.by());
				return Outcome.done();
			});
	}

	private boolean forming(Grievance grievance) {
		return (grievance.stage() == Stage.PANEL && this.panels.of(grievance.id()).panel().isEmpty())
				|| (grievance.stage() == Stage.APPEAL && this.appeals.of(grievance.id()).panel().isEmpty());
	}

	/**
	 * A declaration of conflict.
	 *
	 * @param number the case
	 * @param by the panel member
	 * @param reason what ties them to a party
	 */
	public record Declaration(CaseNumber number, String by, String reason) {

	}

}

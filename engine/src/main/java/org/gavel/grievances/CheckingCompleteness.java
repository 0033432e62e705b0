package org.gavel.grievances;

import java.time.Clock;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * The secretariat checks an acknowledged grievance is complete: if it is, it goes on to
 * triage; if not, what is missing is recorded for the complainant.
 */
@Service
public class CheckingCompleteness {

	private final Grievances grievances;

	private final Clock clock;

	CheckingCompleteness(Grievances grievances, Clock clock) {
		this.grievances = grievances;
		this.clock = clock;
	}

	/**
	 * Records the check.
	 * @param check who checked which case, and what they found
	 * @return whether the case is complete, or the refusal by its field
	 */
	public Outcome<Boolean> check(Check check) {
		if (!check.complete() && (check.missing() == null || check.missing().isBlank())) {
			return Outcome.refused("missing", "is required: say what the complainant should add");
		}
		return this.grievances.found(check.number())
			.then((grievance) -> grievance.in(Stage.ACKNOWLEDGED))
			.then((grievance) -> {
				if (check.complete()) {
					this.grievances.stage(grievance.id(), Stage.TRIAGE);
					this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.FOUND_COMPLETE,
							check.by(), null);
				}
				else {
					this.grievances.missing(grievance.id(), check.missing().strip());
				}
				return Outcome.accepted(check.complete());
			});
	}

	/**
	 * A completeness check.
	 *
	 * @param number the case
	 * @param by who checked it
	 * @param complete whether it is complete
	 * @param missing what is missing, required when it is not
	 */
	public record Check(CaseNumber number, String by, boolean complete, String missing) {

	}

}

package org.gavel.grievances;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Ends a bilateral engagement: the secretariat records whether it resolved the grievance
 * (with the outcome to publish); the case then closes with that outcome
 * ({@link ClosingResolved}) or goes to the complaints panel ({@link EscalatingToPanel}),
 * as it also does when the engagement's deadline passes.
 */
@Service
public class EndingEngagement {

	private final Grievances grievances;

	EndingEngagement(Grievances grievances) {
		this.grievances = grievances;
	}

	/**
	 * Records the secretariat's finding.
	 * @param finding whether it resolved the grievance, and the outcome to publish
	 * @return whether it did, or the refusal by its field
	 */
	public Outcome<Boolean> record(Finding finding) {
		String outcome = (finding.outcome() == null) ? "" : finding.outcome().strip();
		if (finding.resolved() && outcome.isEmpty()) {
			return Outcome.refused("outcome",
					"is required when the engagement resolved the grievance: it is published");
		}
		return this.grievances.found(finding.number())
			.then((grievance) -> grievance.in(Stage.BILATERAL))
			.then((grievance) -> {
				if (finding.resolved()) {
					this.grievances.outcome(grievance.id(), outcome);
				}
				return Outcome.accepted(finding.resolved());
			});
	}

	/**
	 * The secretariat's finding at the end of an engagement.
	 *
	 * @param number the case
	 * @param by who records it
	 * @param resolved whether the engagement resolved the grievance
	 * @param outcome the outcome to publish, required when resolved
	 */
	public record Finding(CaseNumber number, String by, boolean resolved, String outcome) {

	}

}

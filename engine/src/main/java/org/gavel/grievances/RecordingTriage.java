package org.gavel.grievances;

import java.time.Clock;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Triage;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Keeps the triage table's proposal in the case's history, for the secretariat to confirm
 * or override.
 */
@Service
public class RecordingTriage {

	private final Grievances grievances;

	private final Clock clock;

	RecordingTriage(Grievances grievances, Clock clock) {
		this.grievances = grievances;
		this.clock = clock;
	}

	/**
	 * Records the proposal.
	 * @param proposal the case, and what the table proposes
	 * @return the proposal, or a refusal for an unknown case
	 */
	public Outcome<Triage> record(Proposal proposal) {
		CaseNumber number = proposal.number();
		Triage proposed = proposal.proposed();
		return this.grievances.found(number).map((grievance) -> {
			this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.TRIAGED, "triage table",
					proposed.admissibility().value() + ", " + proposed.risk().value() + " risk: " + proposed.reason());
			GrievanceLog.TRIAGED.log(number, proposed.admissibility().value(), proposed.risk().value());
			return proposed;
		});
	}

	/**
	 * The triage table's proposal for a case.
	 *
	 * @param number the case
	 * @param proposed what the table proposes
	 */
	public record Proposal(CaseNumber number, Triage proposed) {

	}

}

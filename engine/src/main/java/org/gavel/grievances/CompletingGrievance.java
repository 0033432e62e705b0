package org.gavel.grievances;

import java.time.Clock;
import java.util.List;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * The complainant completes a grievance returned as incomplete, with an answer and any
 * further evidence; the secretariat checks it again.
 */
@Service
public class CompletingGrievance {

	private final Grievances grievances;

	private final FilingGrievance filing;

	private final Clock clock;

	CompletingGrievance(Grievances grievances, FilingGrievance filing, Clock clock) {
		this.grievances = grievances;
		this.filing = filing;
		this.clock = clock;
	}

	/**
	 * Completes the case; call inside a transaction that rolls back on a refusal.
	 * @param completion the answer and files
	 * @return done, or the refusal by its field
	 */
	public Outcome<Outcome.Done> complete(Completion completion) {
		String answer = (completion.answer() == null) ? "" : completion.answer().strip();
		if (answer.isEmpty()) {
			return Outcome.refused("answer", "is required: answer what the secretariat asked");
		}
		if (answer.length() > 20_000) {
			return Outcome.refused("answer", "must be at most 20000 characters long (it has " + answer.length() + ")");
		}
		return this.grievances.found(completion.number())
			.then((grievance) -> grievance.in(Stage.INCOMPLETE))
			.then((grievance) -> this.filing.storeEvidence(grievance, completion.evidence()).then((stored) -> {
				this.grievances.completed(grievance.id());
				this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.COMPLETED_BY_COMPLAINANT,
						FilingGrievance.COMPLAINANT, answer);
				GrievanceLog.COMPLETED.log(completion.number(), stored.size());
				return Outcome.done();
			}));
	}

	/**
	 * The complainant's completion.
	 *
	 * @param number the case
	 * @param answer what they add
	 * @param evidence further files
	 */
	public record Completion(CaseNumber number, String answer, List<FilingGrievance.Evidence> evidence) {

		public Completion {
			evidence = List.copyOf(evidence);
		}

	}

}

package org.gavel.grievances;

import java.time.Clock;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.model.Triage;
import org.gavel.grievances.model.TriageDecision;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * The secretariat confirms the triage table's proposal or overrides it with a recorded
 * reason; the case moves to the stage its triage routes it to, and the complainant is
 * told.
 */
@Service
public class ReviewingTriage {

	private final Grievances grievances;

	private final GrievanceMails mails;

	private final Clock clock;

	ReviewingTriage(Grievances grievances, GrievanceMails mails, Clock clock) {
		this.grievances = grievances;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Records the review.
	 * @param review who decided what
	 * @return the stage the case moves to, or the refusal by its field
	 */
	public Outcome<Stage> review(Review review) {
		Outcome<Triage> decided = (review.decision() == TriageDecision.OVERRIDE)
				? Triage.overridden(review.admissibility(), review.risk(), review.reason())
				: Outcome.accepted(review.proposed());
		return decided.then((triage) -> this.grievances.found(review.number())
			.then((grievance) -> grievance.in(Stage.TRIAGE))
			.then((grievance) -> {
				boolean overridden = !triage.equals(review.proposed());
				this.grievances.triaged(grievance.id(), triage);
				this.grievances.event(grievance.id(), this.clock.instant(),
						overridden ? GrievanceEvent.TRIAGE_OVERRIDDEN : GrievanceEvent.TRIAGE_CONFIRMED, review.by(),
						triage.route().label() + (overridden ? ": " + triage.reason() : ""));
				this.mails.triaged(this.grievances.find(review.number()).orElseThrow());
				GrievanceLog.ROUTED.log(review.number(), triage.route(), overridden);
				return Outcome.accepted(triage.route());
			}));
	}

	/**
	 * A review of the triage.
	 *
	 * @param number the case
	 * @param by who reviews it
	 * @param proposed the table's proposal
	 * @param decision confirmed or overridden
	 * @param admissibility the admissibility decided when overriding
	 * @param risk the risk decided when overriding
	 * @param reason why, when overriding
	 */
	public record Review(CaseNumber number, String by, Triage proposed, TriageDecision decision, String admissibility,
			String risk, String reason) {

	}

}

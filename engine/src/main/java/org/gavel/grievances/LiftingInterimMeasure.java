package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.InterimMeasure;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.grievances.persistence.InterimMeasures;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * A member of a case's complaints panel lifts one of its interim measures, with the
 * reason; everyone told of the measure is told it is lifted.
 */
@Service
public class LiftingInterimMeasure {

	private final Investigators investigators;

	private final InterimMeasures measures;

	private final Grievances grievances;

	private final InvestigationMails mails;

	private final Clock clock;

	LiftingInterimMeasure(Investigators investigators, InterimMeasures measures, Grievances grievances,
			InvestigationMails mails, Clock clock) {
		this.investigators = investigators;
		this.measures = measures;
		this.grievances = grievances;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Lifts the measure.
	 * @param lifting who lifts which measure of which case, and why
	 * @return done, or the refusal (nothing written)
	 */
	public Outcome<Outcome.Done> lift(Lifting lifting) {
		return this.investigators.of(lifting.number(), Investigator.panelMember(lifting.by()))
			.then((found) -> this.measures.find(found.grievance().id(), lifting.measure())
				.map(Outcome::accepted)
				.orElseGet(() -> Outcome
					.refused(Refusal.of("Case " + found.grievance().number() + " has no such interim measure.")))
				.then(InterimMeasure::liftable)
				.then((measure) -> InterimMeasure.liftingReason(lifting.reason()).then((reason) -> {
					Instant now = this.clock.instant();
					this.measures.lifted(measure.id(), new InterimMeasure.Lifting(lifting.by(), now, reason));
					this.grievances.event(found.grievance().id(), now, GrievanceEvent.INTERIM_MEASURE_LIFTED,
							lifting.by(), measure.measure() + " — lifted: " + reason);
					this.mails.measureLifted(found.grievance(), measure, reason);
					GrievanceLog.INTERIM_MEASURE_LIFTED.log(lifting.number(), measure.id(), lifting.by());
					return Outcome.done();
				})));
	}

	/**
	 * A lifting.
	 *
	 * @param number the case
	 * @param by the panel member
	 * @param measure the measure's id
	 * @param reason why
	 */
	public record Lifting(CaseNumber number, String by, UUID measure, String reason) {

	}

}

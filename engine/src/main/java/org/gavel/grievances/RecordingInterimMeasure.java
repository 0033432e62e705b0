package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
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
 * A member of a case's complaints panel records an interim measure the panel decided,
 * before its decision: it goes into the case's history, and the respondent's
 * representatives, the secretariat and the complainant (if they gave an address) are
 * mailed.
 */
@Service
public class RecordingInterimMeasure {

	private final Investigators investigators;

	private final InterimMeasures measures;

	private final Grievances grievances;

	private final InvestigationMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	RecordingInterimMeasure(Investigators investigators, InterimMeasures measures, Grievances grievances,
			InvestigationMails mails, GrievanceSettings settings, Clock clock) {
		this.investigators = investigators;
		this.measures = measures;
		this.grievances = grievances;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Records the measure.
	 * @param measure who records what on which case
	 * @return the measure, or the refusal by its fields (nothing written)
	 */
	public Outcome<InterimMeasure> record(Measure measure) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.settings.timeZone());
		return this.investigators.withPanel(measure.number(), Investigator.panelMember(measure.by()))
			.check((found) -> Outcome.when(found.file().decision().isEmpty(), found,
					() -> Refusal.of("Case " + found.grievance().number()
							+ " is decided; an interim measure comes before the decision.")))
			.then((found) -> InterimMeasure.decide(measure.measure(), measure.from(), measure.until(), today)
				.map((decided) -> {
					InterimMeasure recorded = new InterimMeasure(UUID.randomUUID(), decided.measure(), decided.from(),
							decided.until(), measure.by(), now, Optional.empty());
					this.measures.add(found.grievance().id(), recorded);
					this.grievances.event(found.grievance().id(), now, GrievanceEvent.INTERIM_MEASURE_RECORDED,
							measure.by(), recorded.measure());
					this.mails.measureRecorded(found.grievance(), recorded);
					GrievanceLog.INTERIM_MEASURE_RECORDED.log(measure.number(), recorded.id(), recorded.from(),
							recorded.until().map(LocalDate::toString).orElse("lifted"), measure.by());
					return recorded;
				}));
	}

	/**
	 * An interim measure as the panel's form gave it.
	 *
	 * @param number the case
	 * @param by the panel member recording it
	 * @param measure what it is
	 * @param from its first day, or empty for today
	 * @param until its last day, or empty until lifted
	 */
	public record Measure(CaseNumber number, String by, String measure, String from, String until) {

	}

}

package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.gavel.grievances.model.Appeal;
import org.gavel.grievances.model.AppealFile;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Party;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievanceAppeals;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * A party appeals the complaints panel's decision, once, within the appeal window: the
 * complainant on their case page, a representative of the respondent on its reply page.
 * The secretariat is asked to form the appeal panel and the other party is told. The
 * grounds are read by the secretariat and the appeal panel only.
 */
@Service
public class LodgingAppeal {

	private static final Set<Stage> DECIDED = Set.of(Stage.DECIDED, Stage.APPEAL, Stage.SANCTION, Stage.MONITORING,
			Stage.CLOSED);

	private final Grievances grievances;

	private final GrievanceAppeals appeals;

	private final GrievanceMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	LodgingAppeal(Grievances grievances, GrievanceAppeals appeals, GrievanceMails mails, GrievanceSettings settings,
			Clock clock) {
		this.grievances = grievances;
		this.appeals = appeals;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Lodges an appeal.
	 * @param lodging who appeals which case, on what grounds
	 * @return the appeal, or why not (nothing written)
	 */
	public Outcome<Appeal> lodge(Lodging lodging) {
		Instant now = this.clock.instant();
		return this.grievances.found(lodging.number())
			.then((grievance) -> Outcome.when(DECIDED.contains(grievance.stage()), grievance,
					() -> Refusal.of("Case " + grievance.number() + " is " + grievance.stage().label()
							+ ": there is no decision to appeal.")))
			.then((grievance) -> {
				AppealFile file = this.appeals.of(grievance.id());
				return Appeal
					.lodgeable(grievance.number(), file.appealBy(), file.appeal(), lodging.grounds(), now,
							this.settings.timeZone())
					.map((grounds) -> new Appeal(lodging.appellant(), lodging.by(), grounds, now))
					.ifAccepted((appeal) -> {
						this.appeals.lodged(grievance.id(), appeal);
						this.grievances.stage(grievance.id(), Stage.APPEAL);
						this.grievances.event(grievance.id(), now, GrievanceEvent.APPEALED, lodging.by(),
								"by " + appeal.appellant().label());
						this.mails.appealed(grievance, appeal);
						GrievanceLog.APPEALED.log(grievance.number(), appeal.appellant());
					});
			});
	}

	/**
	 * An appeal as a party lodges it.
	 *
	 * @param number the case
	 * @param appellant which party
	 * @param by the respondent's representative, or {@link FilingGrievance#COMPLAINANT}
	 * @param grounds why the decision should be overturned, as typed
	 */
	public record Lodging(CaseNumber number, Party appellant, String by, String grounds) {

	}

}

package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.gavel.grievances.model.AppealDecision;
import org.gavel.grievances.model.AppealFile;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.PanelDecision;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievanceAppeals;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * The appeal panel decides an appeal: the first decision confirmed, or overturned and
 * replaced by its own (finding, published decision, corrective actions, whether the
 * register names the respondent), with its reasons. The decision in force is then final;
 * the parties and the secretariat are told.
 */
@Service
public class DecidingAppeal {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceAppeals appeals;

	private final GrievanceMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	DecidingAppeal(Grievances grievances, GrievancePanels panels, GrievanceAppeals appeals, GrievanceMails mails,
			GrievanceSettings settings, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.appeals = appeals;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Records the appeal panel's decision.
	 * @param decision who decides which appeal, and what the form said
	 * @return the decision, or the refusal by its field (nothing written)
	 */
	public Outcome<AppealDecision> decide(Decision decision) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.settings.timeZone());
		return this.grievances.found(decision.number())
			.then((grievance) -> grievance.in(Stage.APPEAL))
			.then((grievance) -> {
				AppealFile file = this.appeals.of(grievance.id());
				if (!file.seats(decision.by())) {
					return Outcome.refused(Refusal
						.of("Only the members of the appeal panel of case " + grievance.number() + " decide it."));
				}
				if (file.decision().isPresent()) {
					return Outcome.refused(Refusal.of("The appeal of case " + grievance.number() + " is decided."));
				}
				PanelDecision first = this.panels.of(grievance.id()).decision().orElseThrow();
				return AppealDecision
					.read(decision.result(), decision.reasons(), decision.finding(), decision.summary(),
							decision.actions(), decision.sanction(), grievance.complaint().respondentKind(),
							decision.withholdRespondent(), today)
					.ifAccepted((decided) -> {
						this.appeals.decided(grievance.id(), decided, decision.by(), now);
						decided.replacement()
							.ifPresent((replacing) -> this.panels.redecided(grievance.id(), replacing));
						PanelDecision inForce = decided.inForce(first);
						this.grievances.event(grievance.id(), now, GrievanceEvent.APPEAL_DECIDED, decision.by(),
								decided.result().label() + ": " + decided.reasons()
										+ decided.replacement()
											.map((replacing) -> " Now " + replacing.finding().label() + ": "
													+ replacing.summary())
											.orElse(""));
						this.mails.appealDecided(grievance, decided, inForce);
						GrievanceLog.APPEAL_DECIDED.log(grievance.number(), decided.result().value(), decision.by());
					});
			});
	}

	/**
	 * An appeal panel member's record of its decision, as the form gave it.
	 *
	 * @param number the case
	 * @param by the appeal panel member
	 * @param result {@code confirmed} or {@code overturned}
	 * @param reasons why
	 * @param finding when overturned: the new finding
	 * @param summary when overturned: the decision to publish
	 * @param actions when overturned: the corrective actions, a line each
	 * @param sanction when overturned: the sanction, blank for none
	 * @param withholdRespondent when overturned: whether the register leaves the
	 * respondent unnamed
	 */
	public record Decision(CaseNumber number, String by, String result, String reasons, String finding, String summary,
			String actions, String sanction, boolean withholdRespondent) {

	}

}

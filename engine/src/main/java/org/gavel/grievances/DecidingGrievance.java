package org.gavel.grievances;

import java.time.Clock;
import java.time.LocalDate;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.PanelDecision;
import org.gavel.grievances.model.PanelFile;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * The complaints panel decides a grievance: its finding, the decision published on the
 * register, the corrective actions with their due dates, and whether the register names
 * the respondent. The case then closes ({@link ClosingDecided}).
 */
@Service
public class DecidingGrievance {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceSettings settings;

	private final Clock clock;

	DecidingGrievance(Grievances grievances, GrievancePanels panels, GrievanceSettings settings, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Records the panel's decision.
	 * @param decision who decides which case, and what the form said
	 * @return the decision, or the refusal by its field (nothing written)
	 */
	public Outcome<PanelDecision> decide(Decision decision) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.settings.timeZone());
		return this.grievances.found(decision.number())
			.then((grievance) -> grievance.in(Stage.PANEL))
			.then((grievance) -> {
				PanelFile file = this.panels.of(grievance.id());
				boolean seated = file.panel().filter((panel) -> panel.seats(decision.by())).isPresent();
				if (!seated) {
					return Outcome.refused(
							Refusal.of("Only the members of the panel of case " + grievance.number() + " decide it."));
				}
				if (file.decision().isPresent()) {
					return Outcome.refused(Refusal.of("Case " + grievance.number() + " is decided already."));
				}
				return PanelDecision
					.read(decision.finding(), decision.summary(), decision.actions(), decision.withholdRespondent(),
							today)
					.ifAccepted((decided) -> {
						this.panels.decided(grievance.id(), decided);
						GrievanceLog.PANEL_DECIDED.log(grievance.number(), decided.finding().value(),
								decided.actions().size(), decision.by());
					});
			});
	}

	/**
	 * A panel member's record of the panel's decision, as the form gave it.
	 *
	 * @param number the case
	 * @param by the panel member
	 * @param finding {@code upheld}, {@code partly-upheld} or {@code not-upheld}
	 * @param summary the decision to publish
	 * @param actions the corrective actions, a line each starting with its due date
	 * @param withholdRespondent whether the register leaves the respondent unnamed
	 */
	public record Decision(CaseNumber number, String by, String finding, String summary, String actions,
			boolean withholdRespondent) {

	}

}

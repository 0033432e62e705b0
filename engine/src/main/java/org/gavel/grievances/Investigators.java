package org.gavel.grievances;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.PanelFile;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Component;

/**
 * The checks every step of an investigation starts from: the case exists, and whoever
 * acts sits on its panel or is of the secretariat.
 */
@Component
class Investigators {

	private final Grievances grievances;

	private final GrievancePanels panels;

	Investigators(Grievances grievances, GrievancePanels panels) {
		this.grievances = grievances;
		this.panels = panels;
	}

	/**
	 * The case, for someone who may act on its investigation.
	 * @param number the case
	 * @param who who acts
	 * @return the case and its panel stage, or why not
	 */
	Outcome<Investigated> of(CaseNumber number, Investigator who) {
		return this.grievances.found(number).then((grievance) -> {
			PanelFile file = this.panels.of(grievance.id());
			boolean seated = file.panel().filter((panel) -> panel.seats(who.username())).isPresent();
			return Outcome.when(who.secretariat() || seated, new Investigated(grievance, file),
					() -> Refusal.of("Only the members of the panel of case " + grievance.number()
							+ " and the secretariat act on its investigation."));
		});
	}

	/**
	 * The case at its panel stage, for someone who may act on its investigation.
	 * @param number the case
	 * @param who who acts
	 * @return the case and its panel stage, or why not
	 */
	Outcome<Investigated> withPanel(CaseNumber number, Investigator who) {
		return of(number, who).check((found) -> found.grievance().in(Stage.PANEL));
	}

	/**
	 * A case under investigation.
	 *
	 * @param grievance the case
	 * @param file its panel stage
	 */
	record Investigated(Grievance grievance, PanelFile file) {

	}

}

package org.gavel.grievances;

import java.time.Clock;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Panel;
import org.gavel.grievances.model.PanelFile;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * The secretariat forms a high-risk case's complaints panel: members of the
 * {@code grievance-panel} role who neither belong to the respondent nor declared a
 * conflict, at least {@code gavel.grievances.panel-minimum} of them, and an external
 * expert. The members are told.
 */
@Service
public class FormingPanel {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final PanelCandidates candidates;

	private final GrievanceMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	FormingPanel(Grievances grievances, GrievancePanels panels, PanelCandidates candidates, GrievanceMails mails,
			GrievanceSettings settings, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.candidates = candidates;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Forms the panel.
	 * @param formation who forms it, for which case, with whom
	 * @return the panel, or the refusal by its field (nothing written)
	 */
	public Outcome<Panel> form(Formation formation) {
		return this.grievances.found(formation.number())
			.then((grievance) -> grievance.in(Stage.PANEL))
			.then((grievance) -> {
				PanelFile file = this.panels.of(grievance.id());
				if (file.panel().isPresent()) {
					return Outcome
						.refused(Refusal.of("The panel of case " + grievance.number() + " is formed already."));
				}
				return Panel
					.form(formation.members(), formation.expert(), this.candidates.all(),
							grievance.complaint().respondent(), file.conflicts(), this.settings.panelMinimum())
					.ifAccepted((panel) -> {
						this.panels.formed(grievance.id(), panel);
						this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.PANEL_FORMED,
								formation.by(),
								String.join(", ", panel.members()) + "; external expert " + panel.expert());
						this.mails.panelFormed(grievance, panel);
						GrievanceLog.PANEL_FORMED.log(grievance.number(), String.join(",", panel.members()));
					});
			});
	}

	/**
	 * The secretariat's choice of a panel.
	 *
	 * @param number the case
	 * @param by who forms it
	 * @param members the panel members' usernames, as typed
	 * @param expert the external expert, as typed
	 */
	public record Formation(CaseNumber number, String by, String members, String expert) {

	}

}

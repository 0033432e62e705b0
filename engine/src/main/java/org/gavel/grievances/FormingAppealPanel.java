package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gavel.grievances.model.AppealFile;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Panel;
import org.gavel.grievances.model.PanelFile;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievanceAppeals;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * The secretariat forms the appeal panel of an appealed case: members of the
 * {@code grievance-panel} role with none of the first panel's members, nobody of the
 * respondent or with a declared conflict, at least {@code gavel.grievances.panel-minimum}
 * of them, and an external expert. Its decision falls due
 * {@code gavel.grievances.appeal-decide-within} working days later; its members are told.
 */
@Service
public class FormingAppealPanel {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceAppeals appeals;

	private final PanelCandidates candidates;

	private final GrievanceMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	FormingAppealPanel(Grievances grievances, GrievancePanels panels, GrievanceAppeals appeals,
			PanelCandidates candidates, GrievanceMails mails, GrievanceSettings settings, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.appeals = appeals;
		this.candidates = candidates;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Forms the appeal panel.
	 * @param formation who forms it, for which case, with whom
	 * @return the panel and its decision's deadline, or the refusal by its field (nothing
	 * written)
	 */
	public Outcome<Formed> form(Formation formation) {
		return this.grievances.found(formation.number())
			.then((grievance) -> grievance.in(Stage.APPEAL))
			.then((grievance) -> {
				AppealFile file = this.appeals.of(grievance.id());
				if (file.panel().isPresent()) {
					return Outcome
						.refused(Refusal.of("The appeal panel of case " + grievance.number() + " is formed already."));
				}
				PanelFile first = this.panels.of(grievance.id());
				Map<String, String> excluded = new LinkedHashMap<>();
				first.panel()
					.ifPresent((panel) -> panel.members()
						.forEach((member) -> excluded.put(member, "sat on the case's first panel")));
				return Panel.form(formation.members(), formation.expert(), this.candidates.all(),
						grievance.complaint().respondent(), first.conflicts(), this.settings.panelMinimum(), excluded)
					.map((panel) -> {
						Instant now = this.clock.instant();
						Instant decideBy = this.settings.calendar()
							.addWorkingDays(now, this.settings.appealDecideWithin());
						this.appeals.formed(grievance.id(), panel, decideBy);
						this.grievances.event(grievance.id(), now, GrievanceEvent.APPEAL_PANEL_FORMED, formation.by(),
								String.join(", ", panel.members()) + "; external expert " + panel.expert());
						this.mails.appealPanelFormed(grievance, panel, decideBy);
						GrievanceLog.APPEAL_PANEL_FORMED.log(grievance.number(), String.join(",", panel.members()),
								decideBy);
						return new Formed(panel, decideBy);
					});
			});
	}

	/**
	 * The secretariat's choice of an appeal panel.
	 *
	 * @param number the case
	 * @param by who forms it
	 * @param members the panel members' usernames, as typed
	 * @param expert the external expert, as typed
	 */
	public record Formation(CaseNumber number, String by, String members, String expert) {

	}

	/**
	 * An appeal panel formed.
	 *
	 * @param panel its members and expert
	 * @param decideBy when its decision is due
	 */
	public record Formed(Panel panel, Instant decideBy) {

	}

}

package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.gavel.grievances.model.AppealFile;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.PanelDecision;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievanceAppeals;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Actors;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * The decision in force becomes final: its appeal window closed with no appeal, or the
 * appeal panel decided. A decision with corrective actions is then monitored until the
 * secretariat finds each completed; the respondent is reminded
 * {@code gavel.grievances.actions-reminder-before} working days before the last is due. A
 * suspension or termination of membership goes first to the Executive Committee
 * ({@link RecordingSanction}).
 */
@Service
public class FinalisingDecision {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceAppeals appeals;

	private final GrievanceSettings settings;

	private final Clock clock;

	FinalisingDecision(Grievances grievances, GrievancePanels panels, GrievanceAppeals appeals,
			GrievanceSettings settings, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.appeals = appeals;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Makes the decision final.
	 * @param number the case
	 * @return when its corrective actions are due and when the respondent is reminded,
	 * empty when it calls for none; or why not
	 */
	public Outcome<Final> finalise(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> {
			AppealFile appeal = this.appeals.of(grievance.id());
			boolean decided = grievance.stage() == Stage.DECIDED
					|| (grievance.stage() == Stage.APPEAL && appeal.decision().isPresent());
			if (!decided) {
				return Outcome.refused(Refusal.of("Case " + number + " is " + grievance.stage().label() + "."));
			}
			PanelDecision decision = this.panels.of(grievance.id()).decision().orElseThrow();
			Instant now = this.clock.instant();
			this.grievances.event(grievance.id(), now, GrievanceEvent.DECISION_FINAL, Actors.GAVEL,
					appeal.appeal().isPresent() ? "after the appeal" : "no appeal lodged within the window");
			Optional<Instant> dueAt = decision.actionsDueAt(this.settings.timeZone());
			boolean toEc = decision.sanction().byExecutiveCommittee();
			if (toEc) {
				this.panels.referred(grievance.id());
				this.grievances.stage(grievance.id(), Stage.SANCTION);
				this.grievances.event(grievance.id(), now, GrievanceEvent.SANCTION_REFERRED, Actors.GAVEL,
						decision.sanction().label() + ": before the Executive Committee");
			}
			else if (dueAt.isPresent()) {
				this.grievances.stage(grievance.id(), Stage.MONITORING);
			}
			GrievanceLog.DECISION_FINAL.log(number, appeal.appeal().isPresent(), decision.actions().size());
			return Outcome.accepted(new Final(dueAt, dueAt.map((due) -> reminderAt(now, due)), toEc));
		});
	}

	private Instant reminderAt(Instant now, Instant due) {
		int before = this.settings.actionsReminderBefore();
		if (before == 0) {
			return due;
		}
		Instant reminder = this.settings.calendar().workingDaysBefore(due, before);
		return reminder.isAfter(now) ? reminder : now;
	}

	/**
	 * A decision made final.
	 *
	 * @param actionsDueAt the end of the last corrective action's due day, empty when
	 * there is none
	 * @param reminderAt when the respondent is reminded of the actions still open
	 * @param sanctionToEc whether a suspension or termination goes to the EC first
	 */
	public record Final(Optional<Instant> actionsDueAt, Optional<Instant> reminderAt, boolean sanctionToEc) {

	}

}

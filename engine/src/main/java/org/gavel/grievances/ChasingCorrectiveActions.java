package org.gavel.grievances;

import java.time.Clock;
import java.util.List;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.model.TrackedAction;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Actors;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Chases the corrective actions of a monitored case that are not found completed: a
 * reminder to the respondent before the last is due, and at its breach an alert to the
 * respondent and the secretariat. Nothing is sent when every action is completed.
 */
@Service
public class ChasingCorrectiveActions {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final GrievanceMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	ChasingCorrectiveActions(Grievances grievances, GrievancePanels panels, GrievanceMails mails,
			GrievanceSettings settings, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Chases the open actions.
	 * @param chase which case, and whether they are overdue or only due soon
	 * @return how many actions were open
	 */
	public Outcome<Integer> chase(Chase chase) {
		return this.grievances.found(chase.number())
			.then((grievance) -> grievance.in(Stage.MONITORING))
			.map((grievance) -> {
				List<TrackedAction> open = this.panels.actions(grievance.id())
					.stream()
					.filter((tracked) -> !tracked.completed())
					.toList();
				boolean reminding = chase.overdue() || this.settings.actionsReminderBefore() > 0;
				if (open.isEmpty() || !reminding) {
					return open.size();
				}
				this.grievances.event(grievance.id(), this.clock.instant(),
						chase.overdue() ? GrievanceEvent.ACTIONS_OVERDUE : GrievanceEvent.ACTIONS_REMINDER,
						Actors.GAVEL, open.size() + " open");
				this.mails.actionsDue(grievance, open, chase.overdue());
				(chase.overdue() ? GrievanceLog.ACTIONS_OVERDUE : GrievanceLog.ACTIONS_REMINDER).log(grievance.number(),
						open.size());
				return open.size();
			});
	}

	/**
	 * A chase of a case's open actions.
	 *
	 * @param number the case
	 * @param overdue whether the last action's due day has passed
	 */
	public record Chase(CaseNumber number, boolean overdue) {

	}

}

package org.gavel.grievances;

import java.time.Clock;
import java.util.Optional;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.model.TrackedAction;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * The secretariat records that a corrective action of a monitored case was completed,
 * with the evidence it saw. Once every action is, the secretariat closes the case.
 */
@Service
public class CompletingCorrectiveAction {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final Clock clock;

	CompletingCorrectiveAction(Grievances grievances, GrievancePanels panels, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.clock = clock;
	}

	/**
	 * Records an action completed.
	 * @param completion which action of which case, by whom, on what evidence
	 * @return the action as now tracked, or the refusal (nothing written)
	 */
	public Outcome<TrackedAction> complete(Completion completion) {
		String note = (completion.note() == null) ? "" : completion.note().strip();
		return this.grievances.found(completion.number())
			.then((grievance) -> grievance.in(Stage.MONITORING))
			.then((grievance) -> {
				TrackedAction tracked = this.panels.actions(grievance.id())
					.stream()
					.filter((action) -> action.position() == completion.position())
					.findFirst()
					.orElse(null);
				if (tracked == null) {
					return Outcome.refused(Refusal
						.of("Case " + grievance.number() + " has no corrective action " + completion.position() + "."));
				}
				if (tracked.completed()) {
					return Outcome.refused(Refusal.of("Corrective action " + tracked.position() + " of case "
							+ grievance.number() + " was found completed already."));
				}
				if (note.isEmpty()) {
					return Outcome.refused("note", "is required: say what evidence shows it completed");
				}
				TrackedAction.Completion done = new TrackedAction.Completion(this.clock.instant(), completion.by(),
						note);
				this.panels.completed(grievance.id(), tracked.position(), done);
				this.grievances.event(grievance.id(), done.at(), GrievanceEvent.ACTION_COMPLETED, completion.by(),
						tracked.position() + ". " + tracked.action().action() + ": " + note);
				GrievanceLog.ACTION_COMPLETED.log(grievance.number(), tracked.position(), completion.by());
				return Outcome.accepted(new TrackedAction(tracked.position(), tracked.action(), Optional.of(done)));
			});
	}

	/**
	 * The secretariat's finding that an action was completed.
	 *
	 * @param number the case
	 * @param by who found it
	 * @param position the action's place in the decision, from 1
	 * @param note on what evidence
	 */
	public record Completion(CaseNumber number, String by, int position, String note) {

	}

}

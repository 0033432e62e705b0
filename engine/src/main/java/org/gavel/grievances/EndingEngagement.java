package org.gavel.grievances;

import java.time.Clock;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Ends a bilateral engagement: the secretariat records whether it resolved the grievance
 * (with the outcome to publish), and the case then closes with that outcome or goes to
 * the complaints panel, as it also does when the engagement's deadline passes.
 */
@Service
public class EndingEngagement {

	private final Grievances grievances;

	private final GrievanceMails mails;

	private final Clock clock;

	EndingEngagement(Grievances grievances, GrievanceMails mails, Clock clock) {
		this.grievances = grievances;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Records the secretariat's finding.
	 * @param finding whether it resolved the grievance, and the outcome to publish
	 * @return whether it did, or the refusal by its field
	 */
	public Outcome<Boolean> record(Finding finding) {
		String outcome = (finding.outcome() == null) ? "" : finding.outcome().strip();
		if (finding.resolved() && outcome.isEmpty()) {
			return Outcome.refused("outcome",
					"is required when the engagement resolved the grievance: it is published");
		}
		return this.grievances.found(finding.number())
			.then((grievance) -> grievance.in(Stage.BILATERAL))
			.then((grievance) -> {
				if (finding.resolved()) {
					this.grievances.outcome(grievance.id(), outcome);
				}
				return Outcome.accepted(finding.resolved());
			});
	}

	/**
	 * Closes a resolved case, its outcome published on the register.
	 * @param number the case
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> close(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> grievance.in(Stage.BILATERAL)).then((grievance) -> {
			this.grievances.stage(grievance.id(), Stage.CLOSED);
			this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.RESOLVED, "Gavel",
					grievance.outcome());
			this.mails.resolved(grievance);
			GrievanceLog.RESOLVED.log(number);
			return Outcome.done();
		});
	}

	/**
	 * Sends an unresolved case to the complaints panel.
	 * @param number the case
	 * @param why why: not resolved, or not in time
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> escalate(CaseNumber number, String why) {
		return this.grievances.found(number).then((grievance) -> grievance.in(Stage.BILATERAL)).then((grievance) -> {
			this.grievances.stage(grievance.id(), Stage.PANEL);
			this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.ESCALATED_TO_PANEL, "Gavel",
					why);
			this.mails.escalated(grievance);
			GrievanceLog.ESCALATED_TO_PANEL.log(number, why);
			return Outcome.done();
		});
	}

	/**
	 * The secretariat's finding at the end of an engagement.
	 *
	 * @param number the case
	 * @param by who records it
	 * @param resolved whether the engagement resolved the grievance
	 * @param outcome the outcome to publish, required when resolved
	 */
	public record Finding(CaseNumber number, String by, boolean resolved, String outcome) {

	}

}

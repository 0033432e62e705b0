package org.gavel.grievances.model;

import java.time.Instant;
import java.util.UUID;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * A grievance as the case file holds it.
 *
 * @param id its id
 * @param number its case number, also the business key of its {@code GrievanceProcess}
 * @param complaint what was filed
 * @param respondentName the respondent's name as it was when filed
 * @param stage where it stands
 * @param filedAt when it was filed
 * @param acknowledgeBy the deadline for acknowledging it, in working days from filing
 * @param missing what the secretariat found missing, while it is with the complainant to
 * complete, else {@code null}
 * @param completeBy the deadline to complete it, else {@code null}
 * @param triage its triage once confirmed, else {@code null}
 * @param engagementDueBy the deadline of its bilateral engagement, else {@code null}
 * @param outcome the outcome published on the register when it closed, else {@code null}
 */
public record Grievance(UUID id, CaseNumber number, Complaint complaint, String respondentName, Stage stage,
		Instant filedAt, Instant acknowledgeBy, String missing, Instant completeBy, Triage triage,
		Instant engagementDueBy, String outcome) {

	/**
	 * A grievance just filed, awaiting acknowledgement.
	 * @param id its id
	 * @param number its case number
	 * @param complaint what was filed
	 * @param respondentName the respondent's name
	 * @param at when
	 * @param acknowledgeBy the acknowledgement deadline
	 * @return the grievance
	 */
	public static Grievance filed(UUID id, CaseNumber number, Complaint complaint, String respondentName, Instant at,
			Instant acknowledgeBy) {
		return new Grievance(id, number, complaint, respondentName, Stage.RECEIVED, at, acknowledgeBy, null, null, null,
				null, null);
	}

	/**
	 * Checks the case is still open, as adding evidence or withdrawing needs.
	 * @return this, or why not
	 */
	public Outcome<Grievance> open() {
		return Outcome.when(!this.stage.ended(), this,
				() -> Refusal.of("Case " + this.number + " is " + this.stage.label() + "; nothing more can be done."));
	}

	/**
	 * The deadline the case's stage runs against: its acknowledgement, its completion by
	 * the complainant, or the end of its bilateral engagement.
	 * @return the deadline, or {@code null} at a stage without one
	 */
	public Instant nextDeadline() {
		return switch (this.stage) {
			case RECEIVED -> this.acknowledgeBy;
			case INCOMPLETE -> this.completeBy;
			case BILATERAL -> this.engagementDueBy;
			default -> null;
		};
	}

	/**
	 * Checks the case stands where a step needs it.
	 * @param expected where it must stand
	 * @return this, or why not
	 */
	public Outcome<Grievance> in(Stage expected) {
		return Outcome.when(this.stage == expected, this,
				() -> Refusal.of("Case " + this.number + " is " + this.stage.label() + "."));
	}

}

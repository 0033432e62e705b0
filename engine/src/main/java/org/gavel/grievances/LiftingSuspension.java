package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Sanction;
import org.gavel.grievances.model.SanctionReferral;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.membership.SanctioningMembers;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat lifts the suspension of membership a case imposed, once the EC approved
 * it, with the reason (the remediation completed, a term served). The organisation is on
 * the General Assembly's rolls taken from then on; the parties are told. A termination is
 * not lifted: the organisation applies again.
 */
@Service
public class LiftingSuspension {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final SanctioningMembers members;

	private final GrievanceMails mails;

	private final Clock clock;

	LiftingSuspension(Grievances grievances, GrievancePanels panels, SanctioningMembers members, GrievanceMails mails,
			Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.members = members;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Whether a case's suspension is in force, and so may be lifted.
	 * @param number the case
	 * @return whether it is
	 */
	public boolean liftable(CaseNumber number) {
		return this.grievances.find(number)
			.filter((grievance) -> this.panels.referral(grievance.id())
				.filter((referral) -> referral.sanction() == Sanction.SUSPENSION
						&& referral.ruling() == SanctionReferral.Ruling.APPROVED)
				.isPresent())
			.flatMap((grievance) -> this.members.inForce(grievance.complaint().respondent(), number.toString()))
			.isPresent();
	}

	/**
	 * Lifts the suspension.
	 * @param command which case, by whom, why
	 * @return done, or why not (nothing written)
	 */
	@Transactional
	public Outcome<Outcome.Done> lift(Lift command) {
		return this.grievances.found(command.number()).then((grievance) -> {
			if (!liftable(command.number())) {
				return Outcome.refused(Refusal.of("No suspension of membership from case " + command.number()
						+ " is in force; only an approved suspension is lifted, never a termination."));
			}
			return this.members
				.lift(new SanctioningMembers.Lift(grievance.complaint().respondent(), command.number().toString(),
						command.by(), command.reason()))
				.map((lifted) -> {
					String reason = lifted.lifted().orElseThrow().reason();
					Instant now = this.clock.instant();
					SanctionReferral referral = this.panels.referral(grievance.id()).orElseThrow();
					this.panels.ruled(grievance.id(), referral.approvalId().orElse(null),
							SanctionReferral.Ruling.LIFTED, referral.ruledAt().orElse(now));
					this.grievances.event(grievance.id(), now, GrievanceEvent.SUSPENSION_LIFTED, command.by(), reason);
					this.mails.suspensionLifted(grievance, reason);
					GrievanceLog.SUSPENSION_LIFTED.log(grievance.number(), command.by());
					return Outcome.Done.DONE;
				});
		});
	}

	/**
	 * A suspension to lift.
	 *
	 * @param number the case that imposed it
	 * @param by who lifts it (the secretariat)
	 * @param reason why
	 */
	public record Lift(CaseNumber number, String by, String reason) {

	}

}

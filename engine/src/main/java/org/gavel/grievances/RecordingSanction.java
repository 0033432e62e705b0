package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.PanelDecision;
import org.gavel.grievances.model.Sanction;
import org.gavel.grievances.model.SanctionReferral;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.membership.SanctioningMembers;
import org.gavel.membership.model.MemberSanction;
import org.gavel.system.Actors;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * The Executive Committee ruled on the suspension or termination a final decision
 * proposed: approved, it is put into force against the respondent's membership
 * ({@link SanctioningMembers}); rejected, the rest of the decision stands. The case then
 * goes on to the monitoring of its corrective actions, or closes; the parties and the
 * secretariat are told.
 */
@Service
public class RecordingSanction {

	/**
	 * What a sanction item's subject before the EC starts with, before the case number.
	 */
	public static final String SUBJECT = "grievance:";

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final SanctioningMembers members;

	private final GrievanceMails mails;

	private final Clock clock;

	RecordingSanction(Grievances grievances, GrievancePanels panels, SanctioningMembers members, GrievanceMails mails,
			Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.members = members;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * What the EC is asked: the item's title names the sanction, the respondent and the
	 * case, never the complainant.
	 * @param number the case
	 * @return the item's title and the organisation it concerns, or why the case has no
	 * sanction before the EC
	 */
	public Outcome<Referred> referred(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> grievance.in(Stage.SANCTION)).map((grievance) -> {
			Sanction sanction = this.panels.of(grievance.id()).decision().orElseThrow().sanction();
			String label = sanction.label();
			return new Referred(Character.toUpperCase(label.charAt(0)) + label.substring(1) + " of "
					+ grievance.respondentName() + " (grievance " + grievance.number() + ")",
					grievance.complaint().respondent());
		});
	}

	/**
	 * A sanction as the EC is asked it.
	 *
	 * @param title the item's title
	 * @param respondent the organisation it concerns (its seat holders are recused)
	 */
	public record Referred(String title, String respondent) {

	}

	/**
	 * Records the EC's ruling.
	 * @param ruling which case, the EC's item and its decision
	 * @return the ruling recorded, or why not (nothing written)
	 */
	public Outcome<SanctionReferral.Ruling> record(Ruling ruling) {
		return this.grievances.found(ruling.number())
			.then((grievance) -> grievance.in(Stage.SANCTION))
			.then((grievance) -> {
				PanelDecision decision = this.panels.of(grievance.id()).decision().orElseThrow();
				Sanction sanction = decision.sanction();
				SanctionReferral.Ruling ruled = ruling.approved() ? SanctionReferral.Ruling.APPROVED
						: SanctionReferral.Ruling.REJECTED;
				if (ruling.approved()) {
					Outcome<MemberSanction> imposed = this.members
						.impose(new SanctioningMembers.Impose(grievance.complaint().respondent(),
								(sanction == Sanction.TERMINATION) ? MemberSanction.Kind.TERMINATION
										: MemberSanction.Kind.SUSPENSION,
								grievance.number().toString(), ruling.approvalId()));
					if (!imposed.isAccepted()) {
						return imposed.map((unused) -> ruled);
					}
				}
				Instant now = this.clock.instant();
				this.panels.ruled(grievance.id(), ruling.approvalId(), ruled, now);
				this.grievances.stage(grievance.id(), decision.actions().isEmpty() ? Stage.DECIDED : Stage.MONITORING);
				this.grievances.event(grievance.id(), now,
						ruling.approved() ? GrievanceEvent.SANCTION_APPROVED : GrievanceEvent.SANCTION_REJECTED,
						Actors.GAVEL, sanction.label() + ": " + ruled.label());
				this.mails.sanctionRuled(grievance, sanction, ruled);
				GrievanceLog.SANCTION_RULED.log(grievance.number(), sanction.value(), ruled.value(),
						ruling.approvalId());
				return Outcome.accepted(ruled);
			});
	}

	/**
	 * The EC's ruling on a case's sanction.
	 *
	 * @param number the case
	 * @param approvalId the EC's item
	 * @param approved whether the EC approved it
	 */
	public record Ruling(CaseNumber number, UUID approvalId, boolean approved) {

	}

}

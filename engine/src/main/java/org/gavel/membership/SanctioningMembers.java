package org.gavel.membership;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.membership.model.MemberSanction;
import org.gavel.membership.persistence.MemberSanctions;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * Puts into force the suspensions and terminations of membership the Executive Committee
 * approved, and lifts a suspension. A sanction in force keeps the organisation off every
 * General Assembly roll taken from then on ({@link TakingElectoralRoll}); rolls already
 * frozen for open ballots are not changed.
 */
@Service
public class SanctioningMembers {

	private final MemberSanctions sanctions;

	private final Directory directory;

	private final Clock clock;

	SanctioningMembers(MemberSanctions sanctions, Directory directory, Clock clock) {
		this.sanctions = sanctions;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Puts an approved sanction into force; the same one twice is kept once.
	 * @param command which organisation, what, on whose approval
	 * @return the sanction in force, or why not (nothing written)
	 */
	public Outcome<MemberSanction> impose(Impose command) {
		if (this.directory.membership().organisation(command.organisationId()).isEmpty()) {
			return Outcome.refused("organisation",
					"no member organisation " + command.organisationId() + " is in the directory");
		}
		MemberSanction sanction = new MemberSanction(command.organisationId(), command.kind(), command.reference(),
				this.clock.instant(), Optional.empty());
		if (this.sanctions.add(sanction, command.approvalId())) {
			IdentityLog.MEMBERSHIP_SANCTIONED.log(command.kind().participle(), command.organisationId(),
					command.reference(), command.approvalId());
			return Outcome.accepted(sanction);
		}
		return Outcome.accepted(this.sanctions.find(command.organisationId(), command.reference()).orElseThrow());
	}

	/**
	 * Lifts a suspension in force.
	 * @param command which, by whom, why
	 * @return the sanction lifted, or why not (nothing written)
	 */
	public Outcome<MemberSanction> lift(Lift command) {
		String reason = (command.reason() == null) ? "" : command.reason().strip();
		if (reason.isEmpty()) {
			return Outcome.refused("reason", "is required: say why the suspension ends");
		}
		if (reason.length() > 2000) {
			return Outcome.refused("reason", "is longer than 2,000 characters");
		}
		MemberSanction sanction = this.sanctions.find(command.organisationId(), command.reference())
			.filter(MemberSanction::inForce)
			.orElse(null);
		if (sanction == null || sanction.kind() != MemberSanction.Kind.SUSPENSION) {
			return Outcome.refused(Refusal.of("No suspension from " + command.reference() + " is in force for "
					+ command.organisationId() + "; a termination is not lifted."));
		}
		MemberSanction.Lifting lifting = new MemberSanction.Lifting(this.clock.instant(), command.by(), reason);
		this.sanctions.lift(command.organisationId(), command.reference(), lifting);
		IdentityLog.SUSPENSION_LIFTED.log(command.organisationId(), command.reference(), command.by());
		return Outcome.accepted(new MemberSanction(sanction.organisationId(), sanction.kind(), sanction.reference(),
				sanction.imposedAt(), Optional.of(lifting)));
	}

	/**
	 * Whether the sanction a reference imposed on an organisation is in force.
	 * @param organisationId the organisation
	 * @param reference e.g. the grievance's number
	 * @return the sanction in force, or empty when none was imposed or it was lifted
	 */
	public Optional<MemberSanction> inForce(String organisationId, String reference) {
		return this.sanctions.find(organisationId, reference).filter(MemberSanction::inForce);
	}

	/**
	 * The sanctions in force, as the rolls read them.
	 * @return every suspension not lifted and every termination
	 */
	public List<MemberSanction> inForce() {
		return this.sanctions.inForce();
	}

	/**
	 * A sanction to put into force.
	 *
	 * @param organisationId the organisation
	 * @param kind suspension or termination
	 * @param reference what imposed it, e.g. the grievance's number
	 * @param approvalId the EC's approval
	 */
	public record Impose(String organisationId, MemberSanction.Kind kind, String reference, UUID approvalId) {

	}

	/**
	 * A suspension to lift.
	 *
	 * @param organisationId the organisation
	 * @param reference what imposed it
	 * @param by who lifts it (the secretariat)
	 * @param reason why
	 */
	public record Lift(String organisationId, String reference, String by, String reason) {

	}

}

package org.gavel.membership.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A suspension or termination of an organisation's membership, approved by the Executive
 * Committee. While it is in force the organisation has no vote on the General Assembly's
 * rolls; a suspension is in force until lifted, a termination for good (the directory is
 * then corrected).
 *
 * @param organisationId the organisation
 * @param kind suspension or termination
 * @param reference what imposed it, e.g. the grievance {@code GR-2027-0007}
 * @param imposedAt when the EC's approval took effect
 * @param lifted when and why a suspension was lifted, if it was
 */
public record MemberSanction(String organisationId, Kind kind, String reference, Instant imposedAt,
		Optional<Lifting> lifted) {

	public MemberSanction {
		Objects.requireNonNull(organisationId, "organisationId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reference, "reference");
	}

	/**
	 * Whether it keeps the organisation off the rolls.
	 * @return true until a suspension is lifted; always for a termination
	 */
	public boolean inForce() {
		return this.lifted.isEmpty();
	}

	/**
	 * Why the organisation has no vote, as a roll's note says it.
	 * @return e.g. "membership suspended (GR-2027-0007)"
	 */
	public String note() {
		return "membership " + this.kind.participle() + " (" + this.reference + ")";
	}

	/** What the sanction does to the membership. */
	public enum Kind {

		SUSPENSION("suspended"), TERMINATION("terminated");

		private final String participle;

		Kind(String participle) {
			this.participle = participle;
		}

		public String participle() {
			return this.participle;
		}

	}

	/**
	 * A suspension lifted.
	 *
	 * @param at when
	 * @param by who (the secretariat)
	 * @param reason why, e.g. the remediation completed
	 */
	public record Lifting(Instant at, String by, String reason) {

	}

}

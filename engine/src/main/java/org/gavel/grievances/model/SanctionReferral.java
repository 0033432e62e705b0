package org.gavel.grievances.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A suspension or termination of membership a final decision sent to the Executive
 * Committee, and the EC's ruling on it.
 *
 * @param sanction suspension or termination
 * @param ruling before the EC, approved or rejected; a suspension approved and then
 * lifted reads as lifted
 * @param approvalId the EC's item, once it is before the EC
 * @param ruledAt when the EC ruled, once it has
 */
public record SanctionReferral(Sanction sanction, Ruling ruling, Optional<UUID> approvalId, Optional<Instant> ruledAt) {

	/** Where the referral stands. */
	public enum Ruling {

		BEFORE_EC("before the Executive Committee"), APPROVED("approved by the Executive Committee"),
		REJECTED("rejected by the Executive Committee"),
		LIFTED("approved by the Executive Committee, since lifted by the secretariat");

		private final String label;

		Ruling(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public String value() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}

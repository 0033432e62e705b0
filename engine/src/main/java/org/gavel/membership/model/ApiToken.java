package org.gavel.membership.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token as Gavel keeps it: whose it is, the one role it acts in, and its
 * digest, never the token itself.
 *
 * @param id the token's identifier, logged and shown in place of the token
 * @param owner the person it acts for (username)
 * @param label what it is for, e.g. "AGM tally script"
 * @param role the one role it carries; the owner must still hold it when it is used
 * @param hint the first characters of the token, to recognise it in the list
 * @param issuedAt when it was issued
 * @param issuedBy who issued it
 * @param expiresAt when it stops working
 * @param revokedAt when it was revoked, if it was
 * @param revokedBy who revoked it
 * @param lastUsedAt when it was last used, to the minute
 */
public record ApiToken(UUID id, String owner, String label, Role role, String hint, Instant issuedAt, String issuedBy,
		Instant expiresAt, Instant revokedAt, String revokedBy, Instant lastUsedAt) {

	/**
	 * Whether the token opens the API at an instant.
	 * @param now the instant
	 * @return false once revoked or expired
	 */
	public boolean usable(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	/**
	 * Why the token does not open the API at an instant.
	 * @param now the instant
	 * @return "revoked", "expired", or {@code null} while usable
	 */
	public String unusableBecause(Instant now) {
		if (this.revokedAt != null) {
			return "revoked";
		}
		return now.isBefore(this.expiresAt) ? null : "expired";
	}

}

package org.gavel.attachments.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored file, without its content.
 *
 * @param id its id
 * @param owner what it is attached to
 * @param fileName the name it was uploaded with
 * @param mediaType the type detected from its content
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its content, hexadecimal: the uploader's receipt
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record Attachment(UUID id, Owner owner, String fileName, String mediaType, long size, String sha256,
		String uploadedBy, Instant uploadedAt) {

	/**
	 * Who {@link #uploadedBy()} names for a file uploaded by someone without an account
	 * (a complainant following a grievance by its token): never a username, so no
	 * signed-in person reads it as its uploader.
	 */
	public static final String NO_ACCOUNT = "(no account)";

	/**
	 * Whether it was uploaded by someone without an account.
	 * @return whether {@link #uploadedBy()} is {@link #NO_ACCOUNT}
	 */
	public boolean withoutAccount() {
		return NO_ACCOUNT.equals(this.uploadedBy);
	}

	/**
	 * What an attachment belongs to.
	 *
	 * @param kind the owning feature's kind of record, e.g. {@code proposal}
	 * @param id the record's id
	 */
	public record Owner(String kind, String id) {

	}

}

package org.gavel.attachments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import org.gavel.attachments.model.Attachment;
import org.gavel.attachments.model.AttachmentRule;
import org.gavel.attachments.model.FileName;
import org.gavel.attachments.persistence.Attachments;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Stores an uploaded file for a feature's record, once it passes the place's rule: not
 * empty, not too large, of an accepted type as detected from its content, and not named
 * as something it is not. The file is written whole in one statement or not at all; its
 * SHA-256 is the uploader's receipt.
 */
@Service
public class StoringAttachment {

	private final Attachments attachments;

	private final ContentTypes types;

	private final Clock clock;

	StoringAttachment(Attachments attachments, ContentTypes types, Clock clock) {
		this.attachments = attachments;
		this.types = types;
		this.clock = clock;
	}

	/**
	 * Stores a file.
	 * @param upload what was uploaded, where, by whom, under which rule
	 * @return the stored file (its content aside), or the refusal, by the field
	 * {@code file}
	 */
	public Outcome<Attachment> store(Upload upload) {
		return FileName.check(upload.fileName()).then((name) -> {
			AttachmentRule rule = upload.rule();
			byte[] content = upload.content();
			if (content == null || content.length == 0) {
				return Outcome.refused("file", rule.label() + " is empty");
			}
			if (content.length > rule.maxBytes()) {
				return Outcome.refused("file",
						rule.label() + " is " + size(content.length) + "; the limit is " + size(rule.maxBytes()));
			}
			ContentTypes.Detected detected = this.types.detect(content, name);
			if (detected.contradicted()) {
				return Outcome.refused("file",
						"'" + name + "' is named as " + this.types.extension(detected.claimed())
								+ " but its content is " + (detected.content().equals("application/octet-stream")
										? "not" : this.types.extension(detected.mediaType())));
			}
			if (!rule.mediaTypes().contains(detected.mediaType())) {
				return Outcome.refused("file", rule.label() + " must be " + accepted(rule) + "; '" + name + "' is "
						+ this.types.extension(detected.mediaType()));
			}
			Attachment attachment = new Attachment(UUID.randomUUID(), upload.owner(), name, detected.mediaType(),
					content.length, sha256(content), upload.uploadedBy(), this.clock.instant());
			this.attachments.add(attachment, content);
			return Outcome.accepted(attachment);
		});
	}

	private String accepted(AttachmentRule rule) {
		return String.join(" or ", rule.mediaTypes().stream().map(this.types::extension).sorted().toList());
	}

	private static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		if (bytes < 1024 * 1024) {
			return (bytes + 1023) / 1024 + " KB";
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * A file as uploaded.
	 *
	 * @param owner what it is attached to
	 * @param fileName the name it came with
	 * @param content its bytes
	 * @param uploadedBy the signed-in person who uploads it
	 * @param rule what this place accepts
	 */
	public record Upload(Attachment.Owner owner, String fileName, byte[] content, String uploadedBy,
			AttachmentRule rule) {

	}

}

package org.gavel.grievances;

import java.util.Set;
import java.util.UUID;

import org.gavel.attachments.AttachmentAccess;
import org.gavel.attachments.model.Attachment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A grievance's evidence: the types the intake takes, and who reads the files as they are
 * besides the secretariat: the case's panel. The respondent's representatives are served
 * only what the secretariat shares with them, on the reply page.
 */
@Component
class GrievanceEvidence implements AttachmentAccess {

	private final ObjectProvider<ReadingGrievances> reading;

	GrievanceEvidence(ObjectProvider<ReadingGrievances> reading) {
		this.reading = reading;
	}

	/** The kind of record evidence is attached to. */
	static final String KIND = "grievance";

	/** Documents, pictures, sound and film, as detected from their content. */
	static final Set<String> MEDIA_TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/webp",
			"image/heic", "text/plain", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.oasis.opendocument.text", "audio/mpeg", "audio/mp4", "video/mp4", "video/quicktime");

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public boolean mayRead(Attachment.Owner owner, String username) {
		return this.reading.getObject().mayReadEvidence(UUID.fromString(owner.id()), username);
	}

}

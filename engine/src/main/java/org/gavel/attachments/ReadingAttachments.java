package org.gavel.attachments;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gavel.attachments.model.Attachment;
import org.gavel.attachments.persistence.Attachments;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Reads stored files for those entitled: the uploader, the secretariat, and whoever the
 * owning feature's {@link AttachmentAccess} lets in. To anyone else a file does not
 * exist, so that guessing ids tells nothing.
 */
@Service
public class ReadingAttachments {

	private final Attachments attachments;

	private final Map<String, AttachmentAccess> access;

	ReadingAttachments(Attachments attachments, List<AttachmentAccess> access) {
		this.attachments = attachments;
		this.access = access.stream().collect(Collectors.toMap(AttachmentAccess::kind, Function.identity()));
	}

	/**
	 * A file with its content, if the viewer may read it.
	 * @param id the file
	 * @param viewer who asks
	 * @return the file, or empty if there is none or it is not theirs to read
	 */
	public Optional<Download> open(UUID id, Viewer viewer) {
		return this.attachments.find(id)
			.filter((attachment) -> mayRead(attachment, viewer))
			.map((attachment) -> new Download(attachment, this.attachments.content(id)));
	}

	/**
	 * The files of a record the viewer may read, without their content.
	 * @param owner the record
	 * @param viewer who asks
	 * @return the files, oldest first
	 */
	public List<Attachment> of(Attachment.Owner owner, Viewer viewer) {
		return this.attachments.of(owner).stream().filter((attachment) -> mayRead(attachment, viewer)).toList();
	}

	/**
	 * Every file of a record, without their content, for the feature that owns the record
	 * to show those its own rules allow (a complainant without an account sees the
	 * evidence they sent).
	 * @param owner the record
	 * @return the files, oldest first
	 */
	public List<Attachment> all(Attachment.Owner owner) {
		return this.attachments.of(owner);
	}

	/**
	 * A file of a record with its content, for the feature that owns the record to serve
	 * to those its own rules allow (a grievance's respondent reads the evidence the
	 * secretariat shared with it).
	 * @param owner the record
	 * @param id the file
	 * @return the file, or empty if the record has no such file
	 */
	public Optional<Download> content(Attachment.Owner owner, UUID id) {
		return this.attachments.find(id)
			.filter((attachment) -> attachment.owner().equals(owner))
			.map((attachment) -> new Download(attachment, this.attachments.content(id)));
	}

	private boolean mayRead(Attachment attachment, Viewer viewer) {
		if (viewer.secretariat()
				|| (!attachment.withoutAccount() && attachment.uploadedBy().equals(viewer.username()))) {
			return true;
		}
		AttachmentAccess owner = this.access.get(attachment.owner().kind());
		return owner != null && owner.mayRead(attachment.owner(), viewer.username());
	}

	/**
	 * Who asks for a file.
	 *
	 * @param username the signed-in person
	 * @param secretariat whether they are of the secretariat
	 */
	public record Viewer(String username, boolean secretariat) {

	}

	/**
	 * A file to send.
	 *
	 * @param attachment what it is
	 * @param content its bytes
	 */
	public record Download(Attachment attachment, byte[] content) {

		/**
		 * The file as every download of Gavel sends it: as an attachment, which the
		 * browser saves and never renders in the portal's origin (no inline HTML, SVG or
		 * script), whatever its type, with its digest.
		 * @return the response
		 */
		public ResponseEntity<byte[]> response() {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.contentLength(this.attachment.size())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(this.attachment.fileName(), StandardCharsets.UTF_8)
							.build()
							.toString())
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Security-Policy", "sandbox; default-src 'none'")
				.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
				.header("Repr-Digest", "sha-256=:"
						+ Base64.getEncoder().encodeToString(HexFormat.of().parseHex(this.attachment.sha256())) + ":")
				.body(this.content);
		}

	}

}

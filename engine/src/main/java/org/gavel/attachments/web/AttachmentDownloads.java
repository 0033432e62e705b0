package org.gavel.attachments.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.gavel.attachments.ReadingAttachments;
import org.gavel.attachments.model.Attachment;
import org.gavel.membership.model.Role;
import org.gavel.system.Authorities;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads of stored files, always as attachments: the browser saves them and never
 * renders them in the portal's origin (no inline HTML, SVG or script), whatever their
 * type.
 */
@Controller
class AttachmentDownloads {

	private final ReadingAttachments reading;

	AttachmentDownloads(ReadingAttachments reading) {
		this.reading = reading;
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, Authentication authentication) {
		boolean secretariat = Authorities.has(authentication, Role.SECRETARIAT.authority());
		ReadingAttachments.Download download = this.reading
			.open(id, new ReadingAttachments.Viewer(authentication.getName(), secretariat))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no file " + id + ", or it is not yours to read."));
		Attachment file = download.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("Repr-Digest", "sha-256=:" + base64(file.sha256()) + ":")
			.body(download.content());
	}

	private static String base64(String hex) {
		return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
	}

}

package org.gavel.attachments.web;

import java.util.UUID;

import org.gavel.attachments.ReadingAttachments;
import org.gavel.membership.model.Role;
import org.gavel.system.Authorities;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads of stored files, always as attachments: the browser saves them and never
 * renders them in the portal's origin (no inline HTML, SVG or script), whatever their
 * type ({@link ReadingAttachments.Download#response}).
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
		return download.response();
	}

}

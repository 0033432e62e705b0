package org.gavel.grievances.web;

import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.gavel.documents.PdfDocuments;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.membership.Recipients;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a grievance's letters share: the page and the PDF of one template, and the case
 * each reader may ask for (the one opened in the session, or a number from the path).
 */
@Component
class Letters {

	private final PdfDocuments documents;

	private final Recipients recipients;

	Letters(PdfDocuments documents, Recipients recipients) {
		this.documents = documents;
		this.recipients = recipients;
	}

	ResponseEntity<String> page(String template, Map<String, Object> values) {
		return this.documents.page(template, values);
	}

	ResponseEntity<byte[]> pdf(String template, Map<String, Object> values, String fileName) {
		return this.documents.download(template, values, fileName, this.recipients.link("/"));
	}

	/** The case the visitor opened in this session with its token, else 404. */
	static CaseNumber opened(HttpSession session) {
		return GrievancePages.opened(session)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Open your case with its number and token first, at /grievances/follow-up."));
	}

	/** The case a path names, else 404. */
	static CaseNumber parsed(String number) {
		return CaseNumber.parse(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no case " + number + "."));
	}

}

package org.gavel.grievances.web;

import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.gavel.documents.PdfDocuments;
import org.gavel.grievances.GrievanceSettings;
import org.gavel.grievances.ReadingGrievances;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.membership.Recipients;
import org.gavel.system.Dates;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The letter acknowledging a grievance, as HTML and PDF: for its complainant, who opened
 * the case in this session with its token, and for the secretariat from the case desk.
 * Nobody else reads it: it may name the complainant.
 */
@Controller
class AcknowledgementLetters {

	private static final String TEMPLATE = "grievance-acknowledgement-letter";

	private final ReadingGrievances reading;

	private final PdfDocuments documents;

	private final GrievanceSettings settings;

	private final Recipients recipients;

	AcknowledgementLetters(ReadingGrievances reading, PdfDocuments documents, GrievanceSettings settings,
			Recipients recipients) {
		this.reading = reading;
		this.documents = documents;
		this.settings = settings;
		this.recipients = recipients;
	}

	@GetMapping(path = "/grievances/case/acknowledgement", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> forComplainant(HttpSession session) {
		return this.documents.page(TEMPLATE, values(opened(session)));
	}

	@GetMapping(path = "/grievances/case/acknowledgement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdfForComplainant(HttpSession session) {
		return pdf(opened(session));
	}

	@GetMapping(path = "/grievances/desk/{number}/acknowledgement", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> forSecretariat(@PathVariable String number) {
		return this.documents.page(TEMPLATE, values(parsed(number)));
	}

	@GetMapping(path = "/grievances/desk/{number}/acknowledgement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdfForSecretariat(@PathVariable String number) {
		return pdf(parsed(number));
	}

	private ResponseEntity<byte[]> pdf(CaseNumber number) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"acknowledgement-" + number + ".pdf\"")
			.body(this.documents.pdf(TEMPLATE, values(number), this.recipients.link("/")));
	}

	private Map<String, Object> values(CaseNumber number) {
		ReadingGrievances.AcknowledgementLetter letter = this.reading.acknowledgementLetter(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Case " + number + " has not been acknowledged yet."));
		return Map.of("letter", letter, "acknowledgedOn", day(letter.acknowledged().at()), "filedAt",
				Dates.at(letter.grievance().filedAt(), this.settings.timeZone()));
	}

	private String day(Instant instant) {
		return Dates.at(instant, this.settings.timeZone()).replaceAll(", \\d\\d:\\d\\d.*$", "");
	}

	private static CaseNumber opened(HttpSession session) {
		return GrievancePages.opened(session)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Open your case with its number and token first, at /grievances/follow-up."));
	}

	private static CaseNumber parsed(String number) {
		return CaseNumber.parse(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no case " + number + "."));
	}

}

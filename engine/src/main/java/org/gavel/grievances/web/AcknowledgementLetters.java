package org.gavel.grievances.web;

import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.gavel.grievances.GrievanceSettings;
import org.gavel.grievances.ReadingGrievances;
import org.gavel.grievances.model.CaseNumber;
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

	private final Letters letters;

	private final GrievanceSettings settings;

	AcknowledgementLetters(ReadingGrievances reading, Letters letters, GrievanceSettings settings) {
		this.reading = reading;
		this.letters = letters;
		this.settings = settings;
	}

	@GetMapping(path = "/grievances/case/acknowledgement", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> forComplainant(HttpSession session) {
		return this.letters.page(TEMPLATE, values(Letters.opened(session)));
	}

	@GetMapping(path = "/grievances/case/acknowledgement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdfForComplainant(HttpSession session) {
		return pdf(Letters.opened(session));
	}

	@GetMapping(path = "/grievances/desk/{number}/acknowledgement", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> forSecretariat(@PathVariable String number) {
		return this.letters.page(TEMPLATE, values(Letters.parsed(number)));
	}

	@GetMapping(path = "/grievances/desk/{number}/acknowledgement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdfForSecretariat(@PathVariable String number) {
		return pdf(Letters.parsed(number));
	}

	private ResponseEntity<byte[]> pdf(CaseNumber number) {
		return this.letters.pdf(TEMPLATE, values(number), "acknowledgement-" + number + ".pdf");
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

}

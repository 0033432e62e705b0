package org.gavel.grievances.web;

import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.gavel.grievances.GrievanceSettings;
import org.gavel.grievances.ReadingGrievances;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.system.Dates;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The letter with the complaints panel's decision, as HTML and PDF: for the complainant
 * who opened the case with its token, for the respondent's representatives (never naming
 * a complainant whose identity is withheld) and for the secretariat.
 */
@Controller
class DecisionLetters {

	private static final String TEMPLATE = "grievance-decision-letter";

	private final ReadingGrievances reading;

	private final Letters letters;

	private final GrievanceSettings settings;

	DecisionLetters(ReadingGrievances reading, Letters letters, GrievanceSettings settings) {
		this.reading = reading;
		this.letters = letters;
		this.settings = settings;
	}

	@GetMapping(path = "/grievances/case/decision", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> forComplainant(HttpSession session) {
		return this.letters.page(TEMPLATE, values(Letters.opened(session), Reader.COMPLAINANT));
	}

	@GetMapping(path = "/grievances/case/decision.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdfForComplainant(HttpSession session) {
		return pdf(Letters.opened(session), Reader.COMPLAINANT);
	}

	@GetMapping(path = "/grievances/respond/{number}/decision", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> forRespondent(@PathVariable String number, Authentication user) {
		return this.letters.page(TEMPLATE, values(respondentCase(number, user), Reader.RESPONDENT));
	}

	@GetMapping(path = "/grievances/respond/{number}/decision.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdfForRespondent(@PathVariable String number, Authentication user) {
		return pdf(respondentCase(number, user), Reader.RESPONDENT);
	}

	@GetMapping(path = "/grievances/desk/{number}/decision", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> forSecretariat(@PathVariable String number) {
		return this.letters.page(TEMPLATE, values(Letters.parsed(number), Reader.COMPLAINANT));
	}

	@GetMapping(path = "/grievances/desk/{number}/decision.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdfForSecretariat(@PathVariable String number) {
		return pdf(Letters.parsed(number), Reader.COMPLAINANT);
	}

	private ResponseEntity<byte[]> pdf(CaseNumber number, Reader reader) {
		return this.letters.pdf(TEMPLATE, values(number, reader), "decision-" + number + ".pdf");
	}

	private Map<String, Object> values(CaseNumber number, Reader reader) {
		ReadingGrievances.DecisionLetter letter = this.reading.decisionLetter(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Case " + number + " has no decision of the complaints panel."));
		boolean named = reader == Reader.COMPLAINANT || !letter.grievance().complaint().identityWithheld();
		return Map.of("letter", letter, "toComplainant", reader == Reader.COMPLAINANT, "complainantNamed", named,
				"decidedOn",
				Dates.at(letter.decidedAt(), this.settings.timeZone()).replaceAll(", \\d\\d:\\d\\d.*$", ""), "filedAt",
				Dates.at(letter.grievance().filedAt(), this.settings.timeZone()), "appealBy",
				letter.appeal().appealBy().map((at) -> Dates.deadline(at, this.settings.timeZone())).orElse(""),
				"appealable", this.settings.appealWithin() > 0);
	}

	private CaseNumber respondentCase(String number, Authentication user) {
		return CaseNumber.parse(number)
			.flatMap((parsed) -> this.reading.forRespondent(parsed, user.getName()))
			.map((found) -> found.grievance().number())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no case " + number + " put to your organisation."));
	}

	/**
	 * Whom a letter is for: the complainant's copy (also the secretariat's) or the
	 * respondent's.
	 */
	private enum Reader {

		COMPLAINANT, RESPONDENT

	}

}

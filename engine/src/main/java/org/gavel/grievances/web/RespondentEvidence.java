package org.gavel.grievances.web;

import java.util.UUID;

import org.gavel.attachments.ReadingAttachments;
import org.gavel.grievances.ReadingGrievances;
import org.gavel.grievances.ReadingInvestigation;
import org.gavel.grievances.model.CaseNumber;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The evidence the secretariat shared with a case's respondent, for its representatives:
 * the file as it is, or its redacted copy, never the original of a redacted one. A case
 * not put to them, a withheld file, and a file of another case all answer the same 404.
 * Served as {@code /attachments} serves files: always a download, never rendered.
 */
@Controller
class RespondentEvidence {

	private final ReadingGrievances reading;

	private final ReadingInvestigation investigation;

	RespondentEvidence(ReadingGrievances reading, ReadingInvestigation investigation) {
		this.reading = reading;
		this.investigation = investigation;
	}

	@GetMapping("/grievances/respond/{number}/evidence/{evidence}")
	ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable UUID evidence, Authentication user) {
		ReadingAttachments.Download download = CaseNumber.parse(number)
			.flatMap((parsed) -> this.reading.forRespondent(parsed, user.getName()))
			.flatMap((found) -> this.investigation.sharedFile(found.grievance(), evidence))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no such evidence shared with your organisation on case " + number + "."));
		return download.response();
	}

}

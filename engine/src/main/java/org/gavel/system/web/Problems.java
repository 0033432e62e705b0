package org.gavel.system.web;

import java.net.URI;
import java.util.List;

import org.gavel.system.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Answers for API rejections that a use case decided (as opposed to malformed input).
 */
public final class Problems {

	/** How the type of every problem Gavel names begins; the rest names the refusal. */
	public static final String TYPE_PREFIX = "urn:gavel:problem:";

	private Problems() {
	}

	/**
	 * Names a problem's type, e.g. {@code urn:gavel:problem:already-voted}, so that a
	 * script can tell refusals apart without reading the detail (the API guide lists
	 * them).
	 * @param problem the problem
	 * @param kind the refusal, in lower case with dashes
	 * @return the problem
	 */
	public static ProblemDetail typed(ProblemDetail problem, String kind) {
		problem.setType(URI.create(TYPE_PREFIX + kind));
		return problem;
	}

	/**
	 * A 400 naming the field at fault.
	 * @param field the field
	 * @param message what is wrong with it
	 * @return the response
	 */
	public static ResponseEntity<ProblemDetail> invalidField(String field, String message) {
		return ApiProblems.badRequest("The request has invalid fields.", List.of(ApiProblems.field(field, message)));
	}

	/**
	 * A use case's refusal: 400 naming the field when it names one, else 409 with the
	 * reason (the request was well formed; the state of things refuses it).
	 * @param refusal the refusal
	 * @return the response
	 */
	public static ResponseEntity<ProblemDetail> refused(Refusal refusal) {
		if (!refusal.fields().isEmpty()) {
			return ApiProblems.badRequest("The request has invalid fields.",
					refusal.fields()
						.entrySet()
						.stream()
						.map((entry) -> ApiProblems.field(entry.getKey(), entry.getValue()))
						.toList());
		}
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(typed(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusal.reason()), "refused"));
	}

}

package org.gavel.system.web;

import java.util.List;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Answers for API rejections that a use case decided (as opposed to malformed input).
 */
public final class Problems {

	private Problems() {
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

}

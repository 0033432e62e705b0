package org.gavel.system.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input to the JSON API is answered with HTTP 400 and
 * {@code application/problem+json} whose {@code errors} name each field at fault:
 * {@code [{"field": "electorate", "message": "..."}]}.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		return badRequest("The request has invalid fields.",
				ex.getBindingResult()
					.getFieldErrors()
					.stream()
					.map((error) -> field(error.getField(), error.getDefaultMessage()))
					.toList());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
			String allowed = String.join(", ",
					Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString).toList());
			return badRequest("The request has invalid fields.",
					List.of(field(path(format), "must be one of " + allowed)));
		}
		if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
			String known = String.join(", ",
					unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList());
			return badRequest("The request has invalid fields.",
					List.of(field(path(unknown), "is not a field of this request (its fields: " + known + ")")));
		}
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			return badRequest("The request has invalid fields.",
					List.of(field(path(mapping), "has a value of the wrong type or format")));
		}
		return badRequest("The request body is not valid JSON.", List.of());
	}

	static ResponseEntity<ProblemDetail> badRequest(String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = Problems.typed(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail),
				errors.isEmpty() ? "invalid-json" : "invalid-fields");
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String path(JsonMappingException ex) {
		return String.join(".", ex.getPath().stream().map(JsonMappingException.Reference::getFieldName).toList());
	}

	/** One field's problem, as it appears in {@code errors}. */
	static Map<String, String> field(String field, String message) {
		return Map.of("field", field, "message", message);
	}

}

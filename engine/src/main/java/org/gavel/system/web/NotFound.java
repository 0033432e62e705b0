package org.gavel.system.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gavel.system.ErrorDetail;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * A refusal or a missing thing raised by a page or an API controller ends on the error
 * page, like every other error: a styled page for a browser,
 * {@code application/problem+json} for an API client. An id that names nothing, or is not
 * an id at all ({@code /ballots/not-a-uuid}), is a 404.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NotFound {

	@ExceptionHandler(ResponseStatusException.class)
	void status(ResponseStatusException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (ex.getReason() != null) {
			ErrorDetail.set(request, ex.getReason());
		}
		response.sendError(ex.getStatusCode().value());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void notAnId(MethodArgumentTypeMismatchException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		ErrorDetail.set(request, "The parameter " + ex.getName() + " has a value of the wrong kind.");
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}

package org.gavel.system.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gavel.system.ErrorDetail;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the servlet container ends here: a page for browsers, an
 * {@code application/problem+json} document for everyone else. Neither shows a stack
 * trace or an exception message.
 */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = statusOf(request);
		response.setStatus(status.value());
		return new ModelAndView("error",
				Map.of("status", status.value(), "heading", heading(status), "explanation", explain(request, status)),
				status);
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, explain(request, status));
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null) {
			problem.setInstance(URI.create(path.toString()));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String heading(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "This request could not be understood";
			case UNAUTHORIZED -> "Please sign in";
			case FORBIDDEN -> "This is not open to you";
			case NOT_FOUND -> "Page not found";
			case SERVICE_UNAVAILABLE -> "Gavel is busy";
			default -> status.is5xxServerError() ? "Something went wrong" : status.getReasonPhrase();
		};
	}

	private static String explain(HttpServletRequest request, HttpStatus status) {
		String detail = ErrorDetail.of(request);
		if (detail != null) {
			return detail;
		}
		return switch (status) {
			case UNAUTHORIZED -> "You need to log in to see this.";
			case FORBIDDEN -> "You are not allowed to see this, or it does not exist.";
			case NOT_FOUND -> "There is nothing at this address.";
			case BAD_REQUEST -> "The request could not be understood.";
			case SERVICE_UNAVAILABLE -> "Gavel is very busy right now. Please try again in a few seconds.";
			default -> status.is5xxServerError() ? "Something went wrong on our side; it has been logged."
					: status.getReasonPhrase() + ".";
		};
	}

}

package org.gavel.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The explanation Gavel's own code gives for an error it raises, carried to the error
 * page as a request attribute; never taken from an exception message.
 */
public final class ErrorDetail {

	private static final String ATTRIBUTE = ErrorDetail.class.getName();

	private ErrorDetail() {
	}

	public static void set(HttpServletRequest request, String detail) {
		request.setAttribute(ATTRIBUTE, detail);
	}

	public static String of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof String detail) ? detail : null;
	}

}

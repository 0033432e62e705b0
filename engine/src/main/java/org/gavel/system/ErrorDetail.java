package org.gavel.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The explanation Gavel's own code gives for an error it raises, carried to the error
 * page as a request attribute; never taken from an exception message.
 */
public final class ErrorDetail {

	private static final String ATTRIBUTE = ErrorDetail.class.getName();

	private static final String NOT_FOUND = ErrorDetail.class.getName() + ".notFound";

	private ErrorDetail() {
	}

	public static void set(HttpServletRequest request, String detail) {
		request.setAttribute(ATTRIBUTE, detail);
	}

	/**
	 * Marks a refused request as one that no page or action answers, so that it is
	 * answered 404, not 403.
	 * @param request the request
	 * @param detail the explanation
	 */
	public static void notFound(HttpServletRequest request, String detail) {
		set(request, detail);
		request.setAttribute(NOT_FOUND, Boolean.TRUE);
	}

	/**
	 * Whether nothing answers this request.
	 * @param request the request
	 * @return whether {@link #notFound} marked it
	 */
	public static boolean isNotFound(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(NOT_FOUND));
	}

	public static String of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof String detail) ? detail : null;
	}

}

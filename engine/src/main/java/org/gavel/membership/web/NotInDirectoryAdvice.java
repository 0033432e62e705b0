package org.gavel.membership.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gavel.membership.NotInDirectoryException;
import org.gavel.system.ErrorDetail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Someone signed in whom the directory does not know (removed since they signed in, or a
 * service account with a token) gets a 403 with the reason, not an error
 * ({@code IDENTITY-020}).
 */
@ControllerAdvice
class NotInDirectoryAdvice {

	private static final Logger log = LoggerFactory.getLogger(NotInDirectoryAdvice.class);

	@ExceptionHandler(NotInDirectoryException.class)
	void notInDirectory(NotInDirectoryException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		log.atWarn().addKeyValue("code", "IDENTITY-020").log(ex.getMessage());
		ErrorDetail.set(request, "Your account is not in the membership directory. Ask the secretariat to add you.");
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}

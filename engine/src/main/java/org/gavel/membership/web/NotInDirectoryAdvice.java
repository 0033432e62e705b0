package org.gavel.membership.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gavel.membership.IdentityLog;
import org.gavel.membership.NotInDirectoryException;
import org.gavel.system.ErrorDetail;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Someone signed in whom the directory does not know (removed since they signed in, or a
 * service account with a token) gets a 403 with the reason, not an error
 * ({@code IDENTITY-020}).
 */
@ControllerAdvice
class NotInDirectoryAdvice {

	@ExceptionHandler(NotInDirectoryException.class)
	void notInDirectory(NotInDirectoryException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		IdentityLog.NOT_IN_DIRECTORY.log(ex.username());
		ErrorDetail.set(request, "Your account is not in the membership directory. Ask the secretariat to add you.");
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}

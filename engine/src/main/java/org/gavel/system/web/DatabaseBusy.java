package org.gavel.system.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gavel.system.ErrorDetail;
import org.gavel.system.LogSafe;
import org.gavel.system.SystemLog;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * When every database connection is busy for longer than the pool waits
 * ({@code GAVEL_DB_POOL_WAIT}), the request is answered at once with 503 and
 * {@code Retry-After}: a problem document for the API, a page saying to try again for a
 * browser; nothing was written ({@code SYSTEM-010}). The same holds when the database
 * cannot be reached at all.
 */
@ControllerAdvice
class DatabaseBusy {

	static final String RETRY_AFTER_SECONDS = "5";

	@ExceptionHandler({ CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class })
	void busy(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		SystemLog.DATABASE_BUSY.log(request.getMethod(), LogSafe.text(request.getRequestURI()));
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		ErrorDetail.set(request,
				"Gavel is very busy right now and did not record anything. Please try again in a " + "few seconds.");
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

}

package org.gavel.membership.signin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gavel.membership.SignInThrottle;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every password check through {@link SignInThrottle}: the portal's sign-in form,
 * the Camunda webapps' sign-in and HTTP Basic on the engine REST API. A sign-in while a
 * lock is in force is answered 429 with {@code Retry-After} (the portal's form says how
 * long to wait) and the password is not checked; a refused password is counted, a right
 * one clears the failures of that account from that address.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Attempt attempt = attempt(request);
		if (attempt == null) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		Optional<Duration> wait = this.throttle.wait(attempt.account(), address);
		if (wait.isPresent()) {
			refuse(request, response, attempt, wait.get());
			return;
		}
		chain.doFilter(request, response);
		if (attempt.refused(response)) {
			this.throttle.failed(attempt.account(), address);
		}
		else if (attempt.succeeded(response)) {
			this.throttle.succeeded(attempt.account(), address);
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, Attempt attempt, Duration wait)
			throws IOException {
		long seconds = Math.max(1, wait.toSeconds());
		response.setHeader("Retry-After", String.valueOf(seconds));
		if (attempt.kind() == Kind.PORTAL_FORM) {
			response.sendRedirect(request.getContextPath() + "/login?locked=" + seconds);
			return;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream()
			.write(("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":"
					+ "\"Too many failed sign-ins: try again in " + seconds + " seconds.\"}")
				.getBytes(StandardCharsets.UTF_8));
	}

	private static Attempt attempt(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if ("POST".equals(request.getMethod()) && path.equals("/login")) {
			return new Attempt(Kind.PORTAL_FORM, request.getParameter("username"));
		}
		if ("POST".equals(request.getMethod()) && path.matches("/camunda/api/admin/auth/user/[^/]+/login/[^/]+")) {
			return new Attempt(Kind.WEBAPPS_FORM, request.getParameter("username"));
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return new Attempt(Kind.BASIC, basicUser(authorization.substring(6).strip()));
		}
		return null;
	}

	private static String basicUser(String encoded) {
		try {
			String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon >= 0) ? decoded.substring(0, colon) : decoded;
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	private enum Kind {

		PORTAL_FORM, WEBAPPS_FORM, BASIC

	}

	/** A password check about to happen. */
	private record Attempt(Kind kind, String account) {

		Attempt {
			account = (account != null) ? account : "";
		}

		boolean refused(HttpServletResponse response) {
			if (this.kind == Kind.PORTAL_FORM) {
				String location = response.getHeader("Location");
				return location != null && location.contains("/login?error");
			}
			return response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
		}

		boolean succeeded(HttpServletResponse response) {
			if (this.kind == Kind.PORTAL_FORM) {
				String location = response.getHeader("Location");
				return response.getStatus() == HttpServletResponse.SC_FOUND && location != null
						&& !location.contains("/login");
			}
			return response.getStatus() < 400;
		}

	}

}

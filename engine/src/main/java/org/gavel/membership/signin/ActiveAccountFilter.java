package org.gavel.membership.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.gavel.membership.Directory;
import org.gavel.membership.IdentityLog;
import org.gavel.membership.model.Person;
import org.gavel.system.ErrorDetail;
import org.gavel.system.LogSafe;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a signed-in person asks the directory again whether their account is
 * still enabled, as {@code /api/me/rights} does: a session or a bearer token of an
 * account disabled since (in Keycloak: within the directory's refresh period,
 * {@code gavel.keycloak.directory-refresh}, a minute by default) stops working at once,
 * its session ended, with 401 and the reason ({@code IDENTITY-021}).
 */
public class ActiveAccountFilter extends OncePerRequestFilter {

	private final Directory directory;

	private ActiveAccountFilter(Directory directory) {
		this.directory = directory;
	}

	/**
	 * Puts the check into a filter chain, once the person is known.
	 * @param http the chain being built
	 * @param directory the membership directory
	 */
	public static void install(HttpSecurity http, Directory directory) {
		http.addFilterAfter(new ActiveAccountFilter(directory), AnonymousAuthenticationFilter.class);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken
				|| this.directory.membership().person(signedIn.getName()).map(Person::enabled).orElse(true)) {
			chain.doFilter(request, response);
			return;
		}
		IdentityLog.DISABLED_ACCOUNT_REFUSED.log(LogSafe.text(signedIn.getName()), request.getMethod(),
				LogSafe.text(request.getRequestURI()));
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		ErrorDetail.set(request, "This account is disabled. Ask the secretariat to enable it.");
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	}

}

package org.gavel.membership.signin;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gavel.membership.ApiTokens;
import org.gavel.membership.IdentityLog;
import org.gavel.membership.model.ApiToken;
import org.gavel.system.ErrorDetail;
import org.gavel.system.LogSafe;
import org.gavel.system.Outcome;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries a personal API token ({@code Authorization: Bearer
 * gvl_…}) as the token's owner with the token's one role, for this request only (no
 * session is made, so no CSRF token is needed). A token opens {@code /api} and nothing
 * else; a refused one is answered with 401 and the reason, and logged by its id at most
 * ({@code IDENTITY-019}).
 */
public final class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private ApiTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/**
	 * Puts the filter into a chain, ahead of any other bearer token handling.
	 * @param http the chain being built
	 * @param tokens the tokens issued
	 */
	public static void install(HttpSecurity http, ApiTokens tokens) {
		http.addFilterBefore(new ApiTokenFilter(tokens), BearerTokenAuthenticationFilter.class);
	}

	/**
	 * The API token a request carries.
	 * @param request the request
	 * @return the token, or {@code null} when it carries none
	 */
	public static String tokenOf(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		String credential = authorization.substring(7).trim();
		return ApiTokens.isApiToken(credential) ? credential : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String secret = tokenOf(request);
		if (secret == null) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/") && !path.equals("/api")) {
			refuse(request, response, "used outside /api",
					"An API token opens Gavel's JSON API (/api/…) only; sign in to use the portal, Tasklist or "
							+ "the engine REST API.");
			return;
		}
		Outcome<ApiToken> outcome = this.tokens.authenticate(secret);
		if (outcome instanceof Outcome.Refused<ApiToken> refused) {
			refuse(request, response, refused.refusal().reason(),
					"The API token was refused: it is unknown, revoked or expired, or its owner is disabled or no "
							+ "longer holds its role. Ask the secretariat for a new one.");
			return;
		}
		ApiToken token = outcome.orElseThrow();
		PreAuthenticatedAuthenticationToken signedIn = new PreAuthenticatedAuthenticationToken(token.owner(),
				token.id(), List.of(new SimpleGrantedAuthority(token.role().authority())));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason, String detail)
			throws IOException {
		IdentityLog.API_TOKEN_REFUSED.log(request.getMethod(), LogSafe.text(request.getRequestURI()),
				LogSafe.withoutCredentials(reason));
		ErrorDetail.set(request, detail);
		response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	}

}

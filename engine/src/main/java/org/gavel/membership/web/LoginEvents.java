package org.gavel.membership.web;

import java.text.ParseException;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import org.gavel.membership.IdentityLog;
import org.gavel.system.LogSafe;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Logs logins and refusals with stable codes: {@code IDENTITY-010} signed in,
 * {@code IDENTITY-011} sign-in refused, {@code IDENTITY-012} access denied.
 */
@Component
class LoginEvents {

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		String who = event.getAuthentication().getName();
		IdentityLog.SIGNED_IN.event().with("user", who).log(who);
	}

	@EventListener
	void refused(AbstractAuthenticationFailureEvent event) {
		String who = who(event.getAuthentication());
		IdentityLog.SIGN_IN_REFUSED.event()
			.with("user", who)
			.log(who, LogSafe.withoutCredentials(event.getException().getMessage()));
	}

	/**
	 * Who tried to sign in, and nothing they signed in with: the username they typed, or
	 * for a bearer token its subject, client and id, read from it without trusting it
	 * (never the token itself, which may be valid elsewhere).
	 */
	static String who(Authentication authentication) {
		if (authentication instanceof BearerTokenAuthenticationToken bearer) {
			try {
				JWTClaimsSet claims = JWTParser.parse(bearer.getToken()).getJWTClaimsSet();
				return "bearer token sub=" + LogSafe.text(claims.getSubject()) + " azp="
						+ LogSafe.text(claims.getClaim("azp")) + " jti=" + LogSafe.text(claims.getJWTID());
			}
			catch (ParseException ex) {
				return "bearer token (not a readable JWT)";
			}
		}
		if (authentication instanceof UsernamePasswordAuthenticationToken) {
			return LogSafe.text(authentication.getName());
		}
		return authentication.getClass().getSimpleName();
	}

	@EventListener
	void denied(AuthorizationDeniedEvent<?> event) {
		var authentication = event.getAuthentication().get();
		if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) {
			Object target = event.getSource();
			String what = (target instanceof HttpServletRequest request)
					? request.getMethod() + " " + request.getRequestURI() : String.valueOf(target);
			IdentityLog.ACCESS_DENIED.event()
				.with("user", authentication.getName())
				.log(authentication.getName(), what);
		}
	}

}

package org.gavel.membership.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * Logs logins and refusals with stable codes: {@code IDENTITY-010} signed in,
 * {@code IDENTITY-011} sign-in refused, {@code IDENTITY-012} access denied.
 */
@Component
class LoginEvents {

	private static final Logger log = LoggerFactory.getLogger(LoginEvents.class);

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		log.atInfo()
			.addKeyValue("code", "IDENTITY-010")
			.addKeyValue("user", event.getAuthentication().getName())
			.log("IDENTITY-010 signed in user={}", event.getAuthentication().getName());
	}

	@EventListener
	void refused(AbstractAuthenticationFailureEvent event) {
		log.atWarn()
			.addKeyValue("code", "IDENTITY-011")
			.addKeyValue("user", event.getAuthentication().getName())
			.log("IDENTITY-011 sign-in refused user={} reason={}", event.getAuthentication().getName(),
					event.getException().getMessage());
	}

	@EventListener
	void denied(AuthorizationDeniedEvent<?> event) {
		var authentication = event.getAuthentication().get();
		if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) {
			Object target = event.getSource();
			String what = (target instanceof HttpServletRequest request)
					? request.getMethod() + " " + request.getRequestURI() : String.valueOf(target);
			log.atWarn()
				.addKeyValue("code", "IDENTITY-012")
				.addKeyValue("user", authentication.getName())
				.log("IDENTITY-012 access denied user={} to {}", authentication.getName(), what);
		}
	}

}

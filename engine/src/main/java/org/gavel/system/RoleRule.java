package org.gavel.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * A rule that lets in the holders of some roles and, when it turns a signed-in person
 * away, tells them who the page or action is for ("it is for scrutineers"), so that a
 * refusal names what is missing instead of a bare "not allowed".
 */
final class RoleRule implements AuthorizationManager<RequestAuthorizationContext> {

	private static final Map<String, String> NAMES = Map.of("SECRETARIAT", "the secretariat", "SCRUTINEER",
			"scrutineers", "EC_MEMBER", "Executive Committee members", "WG_CHAIR", "working-group chairs", "MEMBER",
			"members");

	private final AuthorityAuthorizationManager<RequestAuthorizationContext> roles;

	private final String why;

	private RoleRule(String... roles) {
		this.roles = AuthorityAuthorizationManager.hasAnyRole(roles);
		this.why = "You are not allowed to see or do this: it is for " + names(roles) + ".";
	}

	/**
	 * Lets in the holders of any of the roles.
	 * @param roles the roles, without {@code ROLE_}
	 * @return the rule
	 */
	static RoleRule only(String... roles) {
		return new RoleRule(roles);
	}

	/**
	 * The rule of every address no other rule names: nobody is let in, and a signed-in
	 * person is told that nothing of Gavel answers there (rather than that they may not).
	 * @return the rule
	 */
	static AuthorizationManager<RequestAuthorizationContext> nothingHere() {
		return (authentication, context) -> {
			Authentication who = authentication.get();
			if (who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken)) {
				String method = context.getRequest().getMethod();
				ErrorDetail.notFound(context.getRequest(),
						"GET".equals(method)
								? "Gavel has no page at this address; check the address or the link you followed."
								: "Gavel has no action for " + method + " at this address.");
			}
			return new AuthorizationDecision(false);
		};
	}

	@Override
	@SuppressWarnings("deprecation")
	public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
		AuthorizationDecision decision = this.roles.check(authentication, context);
		Authentication who = authentication.get();
		if (decision != null && !decision.isGranted() && who != null && who.isAuthenticated()
				&& !(who instanceof AnonymousAuthenticationToken)) {
			ErrorDetail.set(context.getRequest(), this.why);
		}
		return decision;
	}

	/**
	 * The roles as people say them.
	 * @param roles the roles
	 * @return e.g. "members, Executive Committee members and the secretariat"
	 */
	static String names(String... roles) {
		List<String> names = new ArrayList<>();
		for (String role : roles) {
			names.add(NAMES.getOrDefault(role, role.toLowerCase(Locale.ROOT).replace('_', ' ')));
		}
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

}

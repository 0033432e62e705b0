package org.gavel.system.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.gavel.system.Authorities;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The header's sections ({@code $navigation}): each shown only when the security rules
 * let the person viewing the page open it, asked of Spring Security's own evaluator so
 * that the header and the rules cannot disagree. Tasklist is for anyone signed in (every
 * role has it), Cockpit for the secretariat (the engine's administrators).
 */
@ControllerAdvice
class Navigation {

	private static final List<Section> PORTAL = List.of(new Section("Ballots", "/ballots"),
			new Section("Meetings", "/meetings"), new Section("Assemblies", "/assemblies"),
			new Section("EC items", "/approvals"), new Section("Calls for proposals", "/calls"),
			new Section("RFPs", "/rfps"), new Section("My proposals", "/proposals"),
			new Section("Evaluation", "/evaluate"), new Section("Funding", "/funding"),
			new Section("Projects", "/projects"), new Section("Grievance desk", "/grievances/desk"),
			new Section("Complaints panel", "/grievances/panel"), new Section("Grievances", "/grievances"),
			new Section("Rolls", "/membership/rolls"), new Section("Outbox", "/outbox"),
			new Section("API tokens", "/membership/api-tokens"));

	private final ObjectProvider<WebInvocationPrivilegeEvaluator> rules;

	Navigation(ObjectProvider<WebInvocationPrivilegeEvaluator> rules) {
		this.rules = rules;
	}

	@ModelAttribute("navigation")
	List<Section> sections(HttpServletRequest request) {
		Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
		WebInvocationPrivilegeEvaluator evaluator = this.rules.getIfAvailable();
		if (evaluator == null || request.getRequestURI().startsWith("/api/")) {
			return List.of();
		}
		boolean signedIn = viewer != null && viewer.isAuthenticated()
				&& !(viewer instanceof AnonymousAuthenticationToken);
		List<Section> shown = new ArrayList<>(PORTAL.stream()
			.filter((section) -> evaluator.isAllowed(request.getContextPath(), section.path(), "GET", viewer))
			.toList());
		if (signedIn && shown.stream().anyMatch((section) -> section.path().equals("/grievances/desk"))) {
			shown.removeIf((section) -> section.path().equals("/grievances"));
		}
		if (signedIn) {
			shown.add(new Section("Tasklist", "/camunda/app/tasklist/"));
		}
		if (Authorities.has(viewer, "ROLE_SECRETARIAT")) {
			shown.add(new Section("Cockpit", "/camunda/app/cockpit/"));
		}
		return List.copyOf(shown);
	}

	/**
	 * A section of the portal.
	 *
	 * @param label how the header names it
	 * @param path where it is
	 */
	public record Section(String label, String path) {

	}

}

package org.gavel.resolutions.web;

import org.gavel.membership.model.Role;
import org.gavel.system.Authorities;
import org.gavel.system.Dates;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every General Assembly page needs: dates in the assembly's zone and whether the
 * viewer is the secretariat (to show its actions; the rules themselves are enforced by
 * the security configuration and the use cases).
 */
@ControllerAdvice(assignableTypes = { AssemblyPages.class, ResolutionPages.class })
class ResolutionsAdvice {

	private static final Dates DATES = new Dates();

	@ModelAttribute("dates")
	Dates dates() {
		return DATES;
	}

	@ModelAttribute("secretariat")
	boolean secretariat(Authentication user) {
		return Authorities.has(user, Role.SECRETARIAT.authority());
	}

}

package org.gavel.membership.web;

import java.security.Principal;

import org.gavel.membership.Directory;
import org.gavel.membership.model.Person;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the name of the person viewing it ({@code $viewer}), for the layout.
 */
@ControllerAdvice
class ViewerAdvice {

	private final Directory directory;

	ViewerAdvice(Directory directory) {
		this.directory = directory;
	}

	@ModelAttribute("viewer")
	String viewer(Principal principal) {
		if (principal == null) {
			return null;
		}
		return this.directory.membership()
			.person(principal.getName())
			.map(Person::displayName)
			.orElse(principal.getName());
	}

}

package org.gavel.membership.keycloak;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the Camunda webapps and REST API who Spring Security signed in (through
 * Keycloak), with their groups as the engine sees them: single sign-on.
 */
public class SignedInPerson extends ContainerBasedAuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return AuthenticationResult.unsuccessful();
		}
		String userId = authentication.getName();
		AuthenticationResult result = AuthenticationResult.successful(userId);
		List<String> groups = engine.getIdentityService()
			.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		result.setGroups(groups);
		return result;
	}

}

package org.gavel.system;

import java.util.List;

import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How people sign in, contributed by the identity provider in use: a login page over the
 * realm file, or OIDC with Keycloak.
 */
public interface SignIn {

	/**
	 * Adds the sign-in mechanism to the filter chain.
	 * @param http the chain being built
	 * @throws Exception as Spring Security's configurers do
	 */
	void configure(HttpSecurity http) throws Exception;

	/**
	 * Where a browser goes to sign in.
	 * @return a path of this application
	 */
	String entryPoint();

	/**
	 * Whether the Camunda webapps and the engine REST API are signed in to through this
	 * mechanism (single sign-on) rather than through the engine's own login.
	 * @return true for single sign-on
	 */
	default boolean coversEngineApps() {
		return false;
	}

	/**
	 * Where the portal's forms may lead besides the portal itself (signing out of an
	 * identity provider redirects there), for the content security policy.
	 * @return origins such as {@code https://id.example.org}
	 */
	default List<String> formTargets() {
		return List.of();
	}

	/**
	 * How the engine REST API learns who is calling.
	 * @return a Camunda authentication provider class
	 */
	default Class<? extends AuthenticationProvider> engineRestAuthentication() {
		return HttpBasicAuthenticationProvider.class;
	}

}

package org.gavel.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How people sign in to the portal, contributed by the identity provider in use (a login
 * page over the realm file, or OIDC with Keycloak).
 */
@FunctionalInterface
public interface PortalLogin {

	void configure(HttpSecurity http) throws Exception;

}

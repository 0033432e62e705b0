package org.gavel.membership.keycloak;

import org.gavel.system.StartupHint;

/**
 * Tells, at start-up, where people sign in when Keycloak is the identity provider.
 */
class KeycloakHint implements StartupHint {

	private final KeycloakSettings settings;

	KeycloakHint(KeycloakSettings settings) {
		this.settings = settings;
	}

	@Override
	public String text() {
		return "Sign in through Keycloak, realm " + this.settings.realm() + " at " + this.settings.issuer()
				+ " (the API takes its bearer tokens, audience " + this.settings.apiAudience() + ")";
	}

}

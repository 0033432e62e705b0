package org.gavel.membership.keycloak;

import java.util.List;

import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.extension.keycloak.KeycloakConfiguration;
import org.camunda.bpm.extension.keycloak.KeycloakIdentityProviderFactory;
import org.camunda.bpm.extension.keycloak.KeycloakIdentityProviderSession;
import org.gavel.membership.IdentityLog;
import org.gavel.system.LogSafe;

/**
 * The identity plugin's sessions, except that a refused password is a refusal, not an
 * error: Keycloak 26 answers a wrong password with HTTP 400 {@code invalid_grant}, which
 * the plugin (7.23.0) expects as 401 and turns into an exception, that is an HTTP 500 at
 * the Camunda login. (The plugin's queries need its own session class, so this extends it
 * rather than wrapping it.)
 */
class PasswordRefusals extends KeycloakIdentityProviderFactory {

	PasswordRefusals(KeycloakConfiguration configuration) {
		super(configuration, List.of());
	}

	@Override
	public Session openSession() {
		return new KeycloakIdentityProviderSession(this.keycloakConfiguration, this.restTemplate,
				this.keycloakContextProvider, this.userQueryCache, this.groupQueryCache, this.checkPasswordCache) {

			@Override
			public boolean checkPassword(String userId, String password) {
				try {
					return super.checkPassword(userId, password);
				}
				catch (IdentityProviderException ex) {
					IdentityLog.SIGN_IN_REFUSED.log("Keycloak refused the password (" + LogSafe.text(userId),
							LogSafe.withoutCredentials(ex.getMessage()) + ")");
					return false;
				}
			}

		};
	}

}

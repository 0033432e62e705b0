package org.gavel.membership.keycloak;

import org.gavel.membership.IdentityLog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start that failed because Keycloak could not be reached: OIDC discovery, the
 * identity plugin and the directory all need it before Gavel can start.
 */
class KeycloakUnreachable extends AbstractFailureAnalyzer<IllegalArgumentException> {

	private static final String DISCOVERY = "Unable to resolve Configuration with the provided Issuer of";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, IllegalArgumentException cause) {
		if (cause.getMessage() == null || !cause.getMessage().startsWith(DISCOVERY)) {
			return null;
		}
		String issuer = cause.getMessage().substring(DISCOVERY.length()).replace("\"", "").strip();
		return new FailureAnalysis(IdentityLog.KEYCLOAK_UNREACHABLE.text(issuer, rootMessage(cause)),
				"Start Keycloak first, with the realm imported (Gavel reads it at start-up), or point Gavel at it with "
						+ "GAVEL_KEYCLOAK_URL and GAVEL_KEYCLOAK_REALM. To run without Keycloak, leave out the keycloak "
						+ "profile. See docs/identity.md.",
				cause);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + " " + root.getMessage();
	}

}

package org.gavel.membership.keycloak;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is and how Gavel talks to it (profile {@code keycloak}).
 *
 * @param url Keycloak's base URL, e.g. {@code http://localhost:8180}
 * @param realm the realm, {@code gavel}
 * @param apiAudience the audience a bearer token must carry to be accepted by the API
 * @param engineClientId the confidential client whose service account reads users and
 * groups (the identity plugin and the directory)
 * @param engineClientSecret its secret
 * @param directoryRefresh how long the directory read from Keycloak is kept before it is
 * read again
 */
@ConfigurationProperties("gavel.keycloak")
public record KeycloakSettings(String url, String realm, String apiAudience, String engineClientId,
		String engineClientSecret, Duration directoryRefresh) {

	public KeycloakSettings {
		url = (url != null) ? url.replaceAll("/+$", "") : "http://localhost:8180";
		realm = (realm != null) ? realm : "gavel";
		apiAudience = (apiAudience != null) ? apiAudience : "gavel-api";
		directoryRefresh = (directoryRefresh != null) ? directoryRefresh : Duration.ofMinutes(1);
	}

	public String issuer() {
		return this.url + "/realms/" + this.realm;
	}

	public String adminUrl() {
		return this.url + "/admin/realms/" + this.realm;
	}

}

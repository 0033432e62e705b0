package org.gavel.membership.keycloak;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

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
 *
 * <p>
 * Their defaults are in {@code application-keycloak.yaml}, not here: Spring Security's
 * client registration there reads the same values by placeholder, which only the
 * environment can answer.
 */
@Validated
// Bound only with Keycloak identity: the property scan skips it otherwise, so that the
// embedded defaults do not have to name a Keycloak they do not use.
@ConditionalOnProperty(name = "gavel.identity.provider", havingValue = "keycloak")
@ConfigurationProperties("gavel.keycloak")
public record KeycloakSettings(@NotBlank String url, @NotBlank String realm, @NotBlank String apiAudience,
		@NotBlank String engineClientId, @NotBlank String engineClientSecret, @NotNull Duration directoryRefresh) {

	public KeycloakSettings {
		url = (url != null) ? url.replaceAll("/+$", "") : null;
	}

	public String issuer() {
		return this.url + "/realms/" + this.realm;
	}

	public String adminUrl() {
		return this.url + "/admin/realms/" + this.realm;
	}

}

package org.gavel.membership;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * Where Gavel learns who the members are ({@code gavel.identity.*}), checked at start-up.
 *
 * @param provider {@code realm-file} (the embedded default: the realm export is the user
 * directory) or {@code keycloak} (a Keycloak server, profile {@code keycloak})
 * @param realmFile the realm export read with the {@code realm-file} provider: set from
 * {@code GAVEL_REALM_FILE} in {@code application.yaml}, which holds its default (the demo
 * realm)
 */
@Validated
@ConfigurationProperties("gavel.identity")
public record IdentitySettings(@NotNull @DefaultValue("realm-file") Provider provider, @NotNull Resource realmFile) {

	/** Where the directory comes from. */
	public enum Provider {

		REALM_FILE, KEYCLOAK

	}

}

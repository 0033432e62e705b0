package org.gavel.membership.keycloak;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.gavel.membership.engine.EngineAuthorizations;
import org.gavel.membership.model.Role;

/**
 * The process engine's users and groups from Keycloak, through the community identity
 * plugin, with its wrong-password fault contained ({@link PasswordRefusals}). User ids
 * are usernames and group ids are group paths, so role groups are {@code secretariat},
 * {@code ec-member} and so on, the candidate groups of the processes. (The plugin lists
 * only top-level groups; the role groups are top-level for that reason. Membership and
 * look-up by id work for every group.)
 */
public class KeycloakIdentityPlugin extends KeycloakIdentityProviderPlugin {

	public KeycloakIdentityPlugin(KeycloakSettings settings) {
		setKeycloakIssuerUrl(settings.issuer());
		setKeycloakAdminUrl(settings.adminUrl());
		setClientId(settings.engineClientId());
		setClientSecret(settings.engineClientSecret());
		setUseUsernameAsCamundaUserId(true);
		setUseGroupPathAsCamundaGroupId(true);
		setAdministratorGroupName("secretariat");
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		super.postProcessEngineBuild(engine);
		new EngineAuthorizations(engine.getAuthorizationService()).grantTasklistTo(Role.values());
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		super.preInit(configuration);
		configuration.setIdentityProviderSessionFactory(new PasswordRefusals(this));
	}

}

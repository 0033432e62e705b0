package org.gavel.membership.engine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.gavel.membership.model.Role;

/**
 * The engine authorizations Gavel's groups need beyond what Camunda grants by itself:
 * everything for {@code camunda-admin} (as Camunda's own first-administrator set-up
 * grants), Tasklist and the task filters for every role.
 */
public class EngineAuthorizations {

	private final AuthorizationService authorizations;

	public EngineAuthorizations(AuthorizationService authorizations) {
		this.authorizations = authorizations;
	}

	public void grantEverythingTo(String group) {
		for (Resources resource : Resources.values()) {
			grant(group, resource, Authorization.ANY, Permissions.ALL);
		}
	}

	public void grantTasklistTo(Role... roles) {
		for (Role role : roles) {
			grant(role.realmName(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(role.realmName(), Resources.FILTER, Authorization.ANY, Permissions.READ);
		}
	}

	private void grant(String group, Resource resource, String resourceId, Permissions permission) {
		boolean present = this.authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.hasPermission(permission)
			.count() > 0;
		if (!present) {
			Authorization grant = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			grant.setGroupId(group);
			grant.setResource(resource);
			grant.setResourceId(resourceId);
			grant.addPermission(permission);
			this.authorizations.saveAuthorization(grant);
		}
	}

}

package org.gavel.membership.engine;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.gavel.membership.IdentityLog;
import org.gavel.membership.directory.RealmFileDirectory;
import org.gavel.membership.model.Membership;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;

/**
 * Makes the process engine's own users and groups mirror the realm file when Gavel runs
 * without Keycloak, so the webapps and the REST API accept the same people, passwords and
 * groups as the portal ({@code IDENTITY-003}). The realm file wins: users and groups it
 * does not list are removed, and disabled users cannot sign in to the engine.
 *
 * <p>
 * Engine groups: one per role (the candidate groups of the processes), one per category
 * and one per organisation; the secretariat is also in {@code camunda-admin}.
 */
public class EngineIdentitySync extends AbstractProcessEnginePlugin {

	private final RealmFileDirectory directory;

	public EngineIdentitySync(RealmFileDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		IdentityService identities = engine.getIdentityService();
		Membership membership = this.directory.membership();
		Map<String, Group> groups = desiredGroups(identities, membership);
		syncGroups(identities, groups);
		Map<String, Set<String>> users = new LinkedHashMap<>();
		for (Person person : membership.persons()) {
			this.directory.passwordOf(person.username())
				.filter((password) -> person.enabled())
				.ifPresent((password) -> users.put(person.username(), groupsOf(person, membership)));
		}
		syncUsers(identities, membership, users);
		EngineAuthorizations authorizations = new EngineAuthorizations(engine.getAuthorizationService());
		authorizations.grantEverythingTo(Groups.CAMUNDA_ADMIN);
		authorizations.grantTasklistTo(Role.values());
		IdentityLog.ENGINE_IDENTITIES.log(users.size(), groups.size());
	}

	private Map<String, Group> desiredGroups(IdentityService identities, Membership membership) {
		Map<String, Group> groups = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			groups.put(role.realmName(), group(identities, role.realmName(), role.realmName(), "role"));
		}
		groups.put(Groups.CAMUNDA_ADMIN,
				group(identities, Groups.CAMUNDA_ADMIN, "Process engine administrators", Groups.GROUP_TYPE_SYSTEM));
		membership.categories()
			.forEach((category) -> groups.put(category.id(),
					group(identities, category.id(), category.label(), "category")));
		membership.organisations()
			.forEach((organisation) -> groups.put(organisation.id(),
					group(identities, organisation.id(), organisation.name(), "organisation")));
		return groups;
	}

	private static Group group(IdentityService identities, String id, String name, String type) {
		Group group = identities.newGroup(id);
		group.setName(name);
		group.setType(type);
		return group;
	}

	private static void syncGroups(IdentityService identities, Map<String, Group> desired) {
		for (Group existing : identities.createGroupQuery().list()) {
			if (!desired.containsKey(existing.getId())) {
				identities.deleteGroup(existing.getId());
			}
		}
		Set<String> present = new HashSet<>();
		identities.createGroupQuery().list().forEach((group) -> present.add(group.getId()));
		for (Group group : desired.values()) {
			if (present.contains(group.getId())) {
				Group stored = identities.createGroupQuery().groupId(group.getId()).singleResult();
				stored.setName(group.getName());
				stored.setType(group.getType());
				identities.saveGroup(stored);
			}
			else {
				identities.saveGroup(group);
			}
		}
	}

	private void syncUsers(IdentityService identities, Membership membership, Map<String, Set<String>> desired) {
		for (User existing : identities.createUserQuery().list()) {
			if (!desired.containsKey(existing.getId())) {
				identities.deleteUser(existing.getId());
			}
		}
		desired.forEach((username, groups) -> {
			Person person = membership.person(username).orElseThrow();
			User user = identities.createUserQuery().userId(username).singleResult();
			if (user == null) {
				user = identities.newUser(username);
			}
			user.setFirstName(person.firstName());
			user.setLastName(person.lastName());
			user.setEmail(person.email());
			user.setPassword(this.directory.passwordOf(username).orElseThrow());
			identities.saveUser(user);
			syncMemberships(identities, username, groups);
		});
	}

	private static void syncMemberships(IdentityService identities, String username, Set<String> desired) {
		Set<String> current = new HashSet<>();
		identities.createGroupQuery().groupMember(username).list().forEach((group) -> current.add(group.getId()));
		for (String group : current) {
			if (!desired.contains(group)) {
				identities.deleteMembership(username, group);
			}
		}
		for (String group : desired) {
			if (!current.contains(group)) {
				identities.createMembership(username, group);
			}
		}
	}

	private static Set<String> groupsOf(Person person, Membership membership) {
		Set<String> groups = new HashSet<>();
		person.roles().forEach((role) -> groups.add(role.realmName()));
		if (person.holds(Role.SECRETARIAT)) {
			groups.add(Groups.CAMUNDA_ADMIN);
		}
		membership.organisation(person.organisation()).ifPresent((organisation) -> {
			groups.add(organisation.id());
			organisation.categoryId().ifPresent(groups::add);
		});
		return groups;
	}

}

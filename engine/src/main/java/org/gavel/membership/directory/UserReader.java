package org.gavel.membership.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;

/**
 * Reads one user of a realm export.
 */
final class UserReader {

	private final JsonNode user;

	private final String where;

	private final Map<String, Set<Role>> groupRoles;

	private final Set<String> organisationGroups;

	private final List<String> problems;

	UserReader(String file, JsonNode user, Map<String, Set<Role>> groupRoles, Set<String> organisationGroups,
			List<String> problems) {
		this.user = user;
		this.where = file + ": user " + user.path("username").asText("(no username)");
		this.groupRoles = groupRoles;
		this.organisationGroups = organisationGroups;
		this.problems = problems;
	}

	Person person() {
		int before = this.problems.size();
		String username = required("username");
		String firstName = required("firstName");
		String lastName = required("lastName");
		String email = required("email");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		this.user.path("realmRoles").forEach((role) -> Role.ofRealmName(role.asText()).ifPresent(roles::add));
		List<String> organisations = new ArrayList<>();
		for (JsonNode group : this.user.path("groups")) {
			String path = group.asText();
			if (!this.groupRoles.containsKey(path)) {
				this.problems.add(this.where + ": group " + path + " does not exist");
				continue;
			}
			roles.addAll(this.groupRoles.get(path));
			if (this.organisationGroups.contains(path)) {
				organisations.add(path.substring(path.lastIndexOf('/') + 1));
			}
		}
		if (organisations.size() > 1) {
			this.problems.add(this.where + ": belongs to several organisations " + organisations + "; one at most");
		}
		Attributes attributes = new Attributes(this.where, this.user.path("attributes"), this.problems);
		if (this.problems.size() > before) {
			return null;
		}
		return new Person(username, firstName, lastName, email, this.user.path("enabled").asBoolean(true), roles,
				organisations.isEmpty() ? null : organisations.get(0), attributes.text("ecSeat", null),
				attributes.bool("ecChair", false));
	}

	Optional<String> password() {
		for (JsonNode credential : this.user.path("credentials")) {
			if ("password".equals(credential.path("type").asText()) && credential.hasNonNull("value")) {
				return Optional.of(credential.get("value").asText());
			}
		}
		return Optional.empty();
	}

	private String required(String field) {
		String value = this.user.path(field).asText("");
		if (value.isBlank()) {
			this.problems.add(this.where + ": " + field + " is missing (Keycloak 26's user profile requires it)");
		}
		return value;
	}

}

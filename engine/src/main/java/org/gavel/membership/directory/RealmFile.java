package org.gavel.membership.directory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gavel.membership.model.Category;
import org.gavel.membership.model.InvalidMembershipException;
import org.gavel.membership.model.Membership;
import org.gavel.membership.model.Organisation;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;

/**
 * Reads a Keycloak realm export as Gavel's membership directory: categories and
 * organisations from the group tree (attribute {@code kind}), roles from the groups'
 * realm roles and the users' own, people from the users.
 */
public final class RealmFile {

	private final String name;

	private final List<String> problems = new ArrayList<>();

	private final List<Category> categories = new ArrayList<>();

	private final Map<String, Organisation> organisations = new LinkedHashMap<>();

	private final Map<String, Set<Role>> groupRoles = new LinkedHashMap<>();

	private final List<Person> persons = new ArrayList<>();

	private final Map<String, String> passwords = new LinkedHashMap<>();

	private RealmFile(String name) {
		this.name = name;
	}

	/**
	 * Reads a realm export.
	 * @param name the file's name, used in error messages
	 * @param json the file's content
	 * @return the directory, and the plain-text demo passwords it holds
	 * @throws InvalidRealmFileException when the file is not usable, with every problem
	 * found
	 */
	public static Contents read(String name, InputStream json) {
		RealmFile file = new RealmFile(name);
		JsonNode realm;
		try {
			realm = new ObjectMapper().readTree(json);
		}
		catch (IOException ex) {
			throw new InvalidRealmFileException(List.of(name + ": not valid JSON: " + ex.getMessage()));
		}
		file.readGroups(realm.path("groups"), "");
		file.readUsers(realm.path("users"));
		return file.contents();
	}

	private Contents contents() {
		if (this.problems.isEmpty()) {
			try {
				return new Contents(new Membership(this.categories, this.organisations.values(), this.persons),
						Map.copyOf(this.passwords));
			}
			catch (InvalidMembershipException ex) {
				ex.problems().forEach((problem) -> this.problems.add(this.name + ": " + problem));
			}
		}
		throw new InvalidRealmFileException(this.problems);
	}

	private void readGroups(JsonNode groups, String parent) {
		for (JsonNode group : groups) {
			String path = parent + "/" + group.path("name").asText();
			Attributes attributes = new Attributes(this.name + ": group " + path, group.path("attributes"),
					this.problems);
			Set<Role> roles = EnumSet.noneOf(Role.class);
			group.path("realmRoles").forEach((role) -> Role.ofRealmName(role.asText()).ifPresent(roles::add));
			this.groupRoles.put(path, roles);
			switch (attributes.text("kind", "")) {
				case "category" -> this.categories.add(category(group, attributes));
				case "organisation" -> this.organisations.put(path, organisation(group, attributes));
				default -> {
				}
			}
			readGroups(group.path("subGroups"), path);
		}
	}

	private Category category(JsonNode group, Attributes attributes) {
		List<String> subChambers = new ArrayList<>();
		for (JsonNode sub : group.path("subGroups")) {
			if ("sub-chamber".equals(sub.path("attributes").path("kind").path(0).asText())) {
				subChambers.add(sub.path("name").asText());
			}
		}
		return new Category(group.path("name").asText(), attributes.text("label", null),
				attributes.bool("voting", true), attributes.integer("ecSeats", 0), subChambers);
	}

	private Organisation organisation(JsonNode group, Attributes attributes) {
		return new Organisation(group.path("name").asText(), attributes.text("label", null),
				attributes.text("category", null), attributes.text("subChamber", null),
				attributes.memberType("memberType"), attributes.memberClass("memberClass"),
				attributes.bool("goodStanding", false));
	}

	private void readUsers(JsonNode users) {
		for (JsonNode user : users) {
			if (user.hasNonNull("serviceAccountClientId")) {
				continue;
			}
			UserReader reader = new UserReader(this.name, user, this.groupRoles, this.organisations.keySet(),
					this.problems);
			Person person = reader.person();
			if (person != null) {
				this.persons.add(person);
				reader.password().ifPresent((password) -> this.passwords.put(person.username(), password));
			}
		}
	}

	/**
	 * What a realm file holds for Gavel.
	 *
	 * @param membership the directory
	 * @param passwords plain-text passwords by username, for the users whose credentials
	 * the file holds in clear (the demo realm); exported realms hold only hashes and give
	 * none
	 */
	public record Contents(Membership membership, Map<String, String> passwords) {

	}

}

package org.gavel.membership.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Someone with an account.
 *
 * @param username the login name, unique in the realm
 * @param firstName first name
 * @param lastName last name
 * @param email e-mail address
 * @param enabled whether the account may log in
 * @param roles the roles held
 * @param organisation the id of the member organisation the person belongs to, or
 * {@code null}
 * @param ecSeat the category whose Executive Committee seat the person holds, or
 * {@code null}
 * @param ecChair whether the person chairs the Executive Committee
 */
public record Person(String username, String firstName, String lastName, String email, boolean enabled, Set<Role> roles,
		String organisation, String ecSeat, boolean ecChair) {

	public Person {
		Objects.requireNonNull(username, "username");
		roles = Set.copyOf(roles);
	}

	public String displayName() {
		String name = ((this.firstName != null ? this.firstName : "") + " "
				+ (this.lastName != null ? this.lastName : ""))
			.strip();
		return name.isEmpty() ? this.username : name;
	}

	public boolean holds(Role role) {
		return this.roles.contains(role);
	}

	public Optional<String> organisationId() {
		return Optional.ofNullable(this.organisation);
	}

}

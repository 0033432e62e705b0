package org.gavel.membership.directory;

import java.util.ArrayList;
import java.util.List;

import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;
import org.gavel.system.StartupHint;

/**
 * Prints, at start-up, one person to sign in as for each role of the realm file, with
 * their password when the file holds it in clear (the demo realm) and Gavel runs on its
 * embedded defaults; elsewhere it warns that the file holds passwords in clear, without
 * printing them.
 */
public class DemoLogins implements StartupHint {

	private final RealmFileDirectory directory;

	private final boolean showPasswords;

	/**
	 * The hint.
	 * @param directory the realm file's directory
	 * @param showPasswords whether to print the passwords the file holds in clear (the
	 * embedded default's demo)
	 */
	public DemoLogins(RealmFileDirectory directory, boolean showPasswords) {
		this.directory = directory;
		this.showPasswords = showPasswords;
	}

	@Override
	public String text() {
		if (!this.showPasswords) {
			long inClear = this.directory.membership()
				.persons()
				.stream()
				.filter((person) -> this.directory.passwordOf(person.username()).isPresent())
				.count();
			return (inClear == 0) ? "Sign in with the accounts of the realm file."
					: "Warning: the realm file holds the passwords of " + inClear
							+ " accounts in clear (the demo realm's); replace it, or use Keycloak, before real use.";
		}
		List<String> lines = new ArrayList<>();
		lines.add(
				"Sign in (portal, Camunda webapps, and the engine REST API /engine-rest with HTTP Basic) as, for example:");
		for (Role role : Role.values()) {
			this.directory.membership()
				.persons()
				.stream()
				.filter((person) -> person.enabled() && person.holds(role))
				.filter((person) -> this.directory.passwordOf(person.username()).isPresent())
				.findFirst()
				.ifPresent((person) -> lines
					.add("  %-22s %-8s password '%s'  (%s)".formatted(role.realmName(), person.username(),
							this.directory.passwordOf(person.username()).orElseThrow(), describe(person))));
		}
		return String.join("\n", lines);
	}

	private String describe(Person person) {
		return person.displayName() + this.directory.membership()
			.organisation(person.organisation())
			.map((organisation) -> ", " + organisation.name())
			.orElse("");
	}

}

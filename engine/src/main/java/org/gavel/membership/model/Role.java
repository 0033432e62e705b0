package org.gavel.membership.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the realm. Each is a Keycloak realm role and, for the process engine, a
 * group of the same name (used as candidate group in the processes).
 */
public enum Role {

	MEMBER("member"), VOTING_REPRESENTATIVE("voting-representative"), EC_MEMBER("ec-member"), WG_CHAIR("wg-chair"),
	SECRETARIAT("secretariat"), EVALUATOR("evaluator"), GRIEVANCE_PANEL("grievance-panel"), APPLICANT("applicant"),
	SCRUTINEER("scrutineer");

	private final String realmName;

	Role(String realmName) {
		this.realmName = realmName;
	}

	/**
	 * Returns the role's name in the realm, e.g. {@code voting-representative}.
	 * @return the realm role name
	 */
	public String realmName() {
		return this.realmName;
	}

	/**
	 * Returns the authority a signed-in holder of the role has, e.g.
	 * {@code ROLE_SECRETARIAT}.
	 * @return the authority
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Finds the role with the given realm name.
	 * @param realmName a realm role name
	 * @return the role, or empty for a role Gavel does not know (such as Keycloak's own)
	 */
	public static Optional<Role> ofRealmName(String realmName) {
		return Arrays.stream(values()).filter((role) -> role.realmName.equals(realmName)).findFirst();
	}

}

package org.gavel.membership;

import org.gavel.membership.model.Membership;

/**
 * Where Gavel learns who the members are: the realm file in the embedded default,
 * Keycloak in the {@code keycloak} profile.
 */
public interface Directory {

	/**
	 * Returns the directory as it is now.
	 * @return categories, organisations and people
	 */
	Membership membership();

	/**
	 * Returns the directory read again now if it can be (at most every few seconds), for
	 * a person who just signed in and is not in it yet: an account registered on
	 * Keycloak's own page a moment ago.
	 * @return the directory
	 */
	default Membership refreshed() {
		return membership();
	}

}

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

}

package org.gavel.system;

import java.util.Set;

import org.springframework.security.core.Authentication;

/**
 * Whether a signed-in person holds an authority, e.g. {@code ROLE_SECRETARIAT}: the one
 * check the pages and the API make of a role, beside the request rules of
 * {@link RoleRule}.
 */
public final class Authorities {

	private Authorities() {
	}

	/**
	 * Whether a person holds any of the authorities.
	 * @param user who is signed in, or {@code null}
	 * @param authorities the authorities, e.g. {@code Role.SECRETARIAT.authority()}
	 * @return {@code true} when they hold one of them
	 */
	public static boolean has(Authentication user, String... authorities) {
		Set<String> wanted = Set.of(authorities);
		return user != null
				&& user.getAuthorities().stream().anyMatch((granted) -> wanted.contains(granted.getAuthority()));
	}

}

package org.gavel.grievances;

import java.util.Optional;

import org.gavel.grievances.model.FollowUpToken;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Follow-up tokens: issued once, kept only as a BCrypt hash (Spring Security's encoder),
 * and checked in the same time whether or not the case exists, so that a wrong token and
 * an unknown case number cannot be told apart.
 */
@Component
public class CaseTokens {

	private final PasswordEncoder encoder = new BCryptPasswordEncoder();

	/** A hash no token matches, checked against when the case does not exist. */
	private final String nothing = this.encoder.encode(FollowUpToken.generate());

	/**
	 * A new token and the hash to keep.
	 * @return both
	 */
	public Issued issue() {
		String token = FollowUpToken.generate();
		return new Issued(token, this.encoder.encode(FollowUpToken.normalise(token)));
	}

	/**
	 * Whether a typed token matches a case's hash.
	 * @param typed what was typed
	 * @param hash the case's hash, or empty when there is no such case
	 * @return whether it matches (never for an absent case)
	 */
	public boolean matches(String typed, Optional<String> hash) {
		String token = FollowUpToken.normalise(typed);
		boolean matches = this.encoder.matches(token, hash.orElse(this.nothing));
		return matches && hash.isPresent() && !token.isEmpty();
	}

	/**
	 * A token as shown to the complainant and its hash.
	 *
	 * @param token the token, shown once
	 * @param hash its hash, kept
	 */
	public record Issued(String token, String hash) {

	}

}

package org.gavel.membership.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.gavel.membership.directory.RealmFileDirectory;
import org.gavel.membership.model.Person;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Portal login of the embedded default: the password is checked by the process engine's
 * identity service (which the realm file is mirrored into, hashed and with its throttling
 * of repeated failures), the roles come from the directory.
 */
public class EngineIdentityLogin implements AuthenticationProvider {

	static final String BAD_CREDENTIALS = "Wrong username or password.";

	private final IdentityService identities;

	private final RealmFileDirectory directory;

	public EngineIdentityLogin(IdentityService identities, RealmFileDirectory directory) {
		this.identities = identities;
		this.directory = directory;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		Person person = this.directory.membership().person(username).orElse(null);
		if (person != null && !person.enabled() && passwordMatches(username, password)) {
			throw new DisabledException("This account is disabled. Ask the secretariat to enable it.");
		}
		if (person == null || !person.enabled() || !this.identities.checkPassword(username, password)) {
			throw new BadCredentialsException(BAD_CREDENTIALS);
		}
		return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities(person));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * A disabled account is not in the engine; its realm-file password is compared in
	 * constant time.
	 */
	private boolean passwordMatches(String username, String password) {
		return this.directory.passwordOf(username)
			.map((known) -> MessageDigest.isEqual(known.getBytes(StandardCharsets.UTF_8),
					password.getBytes(StandardCharsets.UTF_8)))
			.orElse(false);
	}

	static List<GrantedAuthority> authorities(Person person) {
		return person.roles()
			.stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
	}

}

package org.gavel.membership;

import java.util.Optional;

import org.gavel.membership.model.MemberContext;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Maps an authenticated person to their member context. Everything that asks "may this
 * person do X" starts here.
 */
@Service
public class MemberContexts {

	private final Directory directory;

	MemberContexts(Directory directory) {
		this.directory = directory;
	}

	/**
	 * Returns the member context of a person.
	 * @param username the person's username
	 * @return their context
	 * @throws NotInDirectoryException when the directory does not know them
	 */
	public MemberContext of(String username) {
		return this.directory.membership().contextOf(username).orElseThrow(() -> new NotInDirectoryException(username));
	}

	/**
	 * Finds the member context of a person.
	 * @param username the person's username
	 * @return their context, empty when the directory does not know them
	 */
	public Optional<MemberContext> find(String username) {
		return this.directory.membership().contextOf(username);
	}

	/**
	 * Returns the member context of an authenticated person.
	 * @param authentication as Spring Security holds it
	 * @return their context
	 * @throws NotInDirectoryException when the directory does not know them
	 */
	public MemberContext of(Authentication authentication) {
		return of(authentication.getName());
	}

}

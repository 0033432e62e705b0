package org.gavel.membership;

/**
 * Someone authenticated whom the membership directory does not know.
 */
public class NotInDirectoryException extends RuntimeException {

	private final String username;

	public NotInDirectoryException(String username) {
		super(IdentityLog.NOT_IN_DIRECTORY.text(username));
		this.username = username;
	}

	public String username() {
		return this.username;
	}

}

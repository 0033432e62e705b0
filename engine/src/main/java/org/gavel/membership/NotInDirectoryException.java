package org.gavel.membership;

/**
 * Someone authenticated whom the membership directory does not know.
 */
public class NotInDirectoryException extends RuntimeException {

	public NotInDirectoryException(String username) {
		super("IDENTITY-020 " + username + " is not in the membership directory");
	}

}

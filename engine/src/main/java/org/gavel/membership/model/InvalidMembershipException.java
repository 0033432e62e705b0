package org.gavel.membership.model;

import java.util.List;

/**
 * The directory contradicts itself: a member refers to a category or organisation that
 * does not exist, or an identifier appears twice.
 */
public class InvalidMembershipException extends RuntimeException {

	private final List<String> problems;

	public InvalidMembershipException(List<String> problems) {
		super("The membership directory is inconsistent: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}

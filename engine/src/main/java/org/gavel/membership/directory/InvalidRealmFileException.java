package org.gavel.membership.directory;

import java.util.List;

/**
 * A realm file Gavel cannot use as its directory; each problem names the file, the
 * element and what is wrong with it.
 */
public class InvalidRealmFileException extends RuntimeException {

	private final List<String> problems;

	public InvalidRealmFileException(List<String> problems) {
		super("IDENTITY-002 the realm file cannot be used:\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}

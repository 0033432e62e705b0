package org.gavel.membership.directory;

import java.util.List;

import org.gavel.membership.IdentityLog;

/**
 * A realm file Gavel cannot use as its directory; each problem names the file, the
 * element and what is wrong with it.
 */
public class InvalidRealmFileException extends RuntimeException {

	private final List<String> problems;

	public InvalidRealmFileException(List<String> problems) {
		super(IdentityLog.REALM_FILE_INVALID.text(String.join("\n  ", problems)));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}

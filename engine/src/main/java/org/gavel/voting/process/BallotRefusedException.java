package org.gavel.voting.process;

/**
 * Thrown by the process's first step when the ballot cannot be opened: a caller starting
 * the process in a transaction gets nothing written.
 */
public class BallotRefusedException extends RuntimeException {

	private final String field;

	public BallotRefusedException(String field, String reason) {
		super(field + ": " + reason);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

	public String reason() {
		return getMessage().substring(this.field.length() + 2);
	}

}

package org.gavel.approvals;

/**
 * An item the process cannot register, naming the input at fault; thrown in the first,
 * synchronous step so the caller's transaction writes nothing.
 */
public class ApprovalRefusedException extends RuntimeException {

	private final String field;

	public ApprovalRefusedException(String field, String reason) {
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

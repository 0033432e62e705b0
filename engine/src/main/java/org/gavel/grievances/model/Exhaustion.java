package org.gavel.grievances.model;

/**
 * Whether the respondent member's own grievance mechanism was tried first, as the triage
 * table's {@code exhaustion} input reads it.
 */
public enum Exhaustion {

	TRIED("tried"), NOT_TRIED_WITH_REASON("not-tried-with-reason"), NOT_TRIED("not-tried");

	private final String value;

	Exhaustion(String value) {
		this.value = value;
	}

	public String value() {
		return this.value;
	}

	/**
	 * The answer of the intake form.
	 * @param tried whether it was tried
	 * @param whyNot the reason given if not, or {@code null}
	 * @return the value
	 */
	public static Exhaustion of(boolean tried, String whyNot) {
		if (tried) {
			return TRIED;
		}
		return (whyNot == null || whyNot.isBlank()) ? NOT_TRIED : NOT_TRIED_WITH_REASON;
	}

}

package org.gavel.membership.model;

/**
 * The answer to "may this person do that": yes, or no with a reason a person can act on.
 */
public sealed interface Decision {

	static Decision allowed() {
		return Allowed.INSTANCE;
	}

	static Decision refused(String reason) {
		return new Refused(reason);
	}

	boolean isAllowed();

	/** Yes. */
	enum Allowed implements Decision {

		INSTANCE;

		@Override
		public boolean isAllowed() {
			return true;
		}

	}

	/**
	 * No, and why.
	 *
	 * @param reason a sentence that names who and what, e.g. "Lanna Crumb Rubber is not a
	 * member in good standing."
	 */
	record Refused(String reason) implements Decision {

		@Override
		public boolean isAllowed() {
			return false;
		}

	}

}

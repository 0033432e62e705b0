package org.gavel.approvals.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * An EC member's answer in a review round, as the form {@code ec-review} offers it.
 */
public enum Response {

	/** Does not object: consents to the item. */
	NO_OBJECTION("no-objection"),
	/** Sustains an objection, with its reason: the item goes to a seat vote. */
	OBJECTION("objection"),
	/** Declares a conflict of interest: recused from this item, its review and vote. */
	CONFLICT("conflict");

	private final String value;

	Response(String value) {
		this.value = value;
	}

	/**
	 * The value the form stores, e.g. {@code no-objection}.
	 * @return the form value
	 */
	public String value() {
		return this.value;
	}

	public boolean needsReason() {
		return this != NO_OBJECTION;
	}

	public static Optional<Response> ofValue(String value) {
		return Arrays.stream(values()).filter((response) -> response.value.equals(value)).findFirst();
	}

}

package org.gavel.approvals.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * An EC member's answer in a review round, as the form {@code ec-review} offers it.
 */
public enum Response {

	/** Does not object: consents to the item. */
	NO_OBJECTION("no-objection", "no objection"),
	/** Sustains an objection, with its reason: the item goes to a seat vote. */
	OBJECTION("objection", "objects"),
	/** Declares a conflict of interest: recused from this item, its review and vote. */
	CONFLICT("conflict", "declared a conflict of interest");

	private final String value;

	private final String words;

	Response(String value, String words) {
		this.value = value;
		this.words = words;
	}

	/**
	 * The response as the record of a round says it, e.g. "no objection".
	 * @return its words
	 */
	public String words() {
		return this.words;
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

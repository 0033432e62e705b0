package org.gavel.approvals.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the chair decides after a seat vote did not adopt an item, as the form
 * {@code ec-chair-decision} offers it.
 */
public enum ChairDecision {

	/** Back to the submitter for a new version, if a round is left. */
	RETURN("return"),
	/** Rejected, with the reasons. */
	REJECT("reject");

	private final String value;

	ChairDecision(String value) {
		this.value = value;
	}

	/**
	 * The value the form stores and the BPMN's gateway compares, e.g. {@code return}.
	 * @return the form value
	 */
	public String value() {
		return this.value;
	}

	public static Optional<ChairDecision> ofValue(String value) {
		return Arrays.stream(values()).filter((decision) -> decision.value.equals(value)).findFirst();
	}

}

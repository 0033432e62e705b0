package org.gavel.resolutions.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The secretariat's admissibility decision, as the form {@code admissibility-review}
 * offers it and the BPMN's gateway compares it.
 */
public enum Admissibility {

	ADMIT("admit"), RETURN("return"), REJECT("reject");

	private final String value;

	Admissibility(String value) {
		this.value = value;
	}

	/**
	 * The value the form stores, e.g. {@code admit}.
	 * @return the form value
	 */
	public String value() {
		return this.value;
	}

	public static Optional<Admissibility> ofValue(String value) {
		return Arrays.stream(values()).filter((decision) -> decision.value.equals(value)).findFirst();
	}

}

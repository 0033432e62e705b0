package org.gavel.resolutions.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a resolution changes: an ordinary resolution (policy, a recommendation) or a
 * statutory one (it amends the statutes); each is voted under the rule set the assembly
 * names for its type.
 */
public enum ResolutionType {

	ORDINARY("ordinary", "Ordinary resolution"), STATUTORY("statutory", "Statutory resolution (amends the statutes)");

	private final String value;

	private final String label;

	ResolutionType(String value, String label) {
		this.value = value;
		this.label = label;
	}

	/** The form value, e.g. {@code ordinary}. */
	public String value() {
		return this.value;
	}

	public String label() {
		return this.label;
	}

	public static Optional<ResolutionType> ofValue(String value) {
		return Arrays.stream(values()).filter((type) -> type.value.equals(value)).findFirst();
	}

}

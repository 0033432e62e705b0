package org.gavel.grievances.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a grievance is about: a breach of the platform's principles or of a member's
 * obligations. The values are those of the triage table's {@code category} input.
 */
public enum GrievanceCategory {

	DEFORESTATION("deforestation", "Deforestation or damage to forests"),
	LAND_RIGHTS("land-rights", "Land rights, including free, prior and informed consent"),
	LABOUR("labour", "Labour rights and working conditions"), HUMAN_RIGHTS("human-rights", "Human rights"),
	MEMBERSHIP_OBLIGATIONS("membership-obligations", "A breach of membership obligations"),
	OTHER_PRINCIPLES("other-principles", "Another of the platform's principles");

	private final String value;

	private final String label;

	GrievanceCategory(String value, String label) {
		this.value = value;
		this.label = label;
	}

	public String value() {
		return this.value;
	}

	public String label() {
		return this.label;
	}

	public static Optional<GrievanceCategory> of(String value) {
		return Arrays.stream(values()).filter((category) -> category.value.equals(value)).findFirst();
	}

}

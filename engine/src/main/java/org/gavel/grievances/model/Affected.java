package org.gavel.grievances.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * On whose behalf a grievance is filed, which is also who the triage table counts as
 * affected ({@code affected}): communities or the environment make a case high-risk.
 */
public enum Affected {

	INDIVIDUAL("individual", "Myself"), COMMUNITIES("communities", "A community"), WORKERS("workers", "Workers"),
	ORGANISATION("organisation", "An organisation"), ENVIRONMENT("environment", "The environment (no one person)");

	private final String value;

	private final String label;

	Affected(String value, String label) {
		this.value = value;
		this.label = label;
	}

	public String value() {
		return this.value;
	}

	public String label() {
		return this.label;
	}

	public static Optional<Affected> of(String value) {
		return Arrays.stream(values()).filter((affected) -> affected.value.equals(value)).findFirst();
	}

}

package org.gavel.resolutions.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How far an adopted resolution has been carried out: it only moves forward.
 */
public enum Implementation {

	ADOPTED("adopted, not started"), IN_PROGRESS("in progress"), COMPLETED("completed");

	private final String label;

	Implementation(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether a resolution at this stage may move to another.
	 * @param next the stage asked for
	 * @return true for a later stage
	 */
	public boolean canMoveTo(Implementation next) {
		return next.ordinal() > ordinal();
	}

	public static Optional<Implementation> ofValue(String value) {
		return Arrays.stream(values()).filter((stage) -> stage.name().equalsIgnoreCase(value)).findFirst();
	}

}

package org.gavel.resolutions.model;

import java.util.Arrays;
import java.util.Optional;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

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

	/**
	 * Checks the implementation may move to a stage: only forward.
	 * @param stage the form's value, {@code IN_PROGRESS} or {@code COMPLETED}
	 * @return the next stage, or the field at fault
	 */
	public Outcome<Implementation> moveTo(String stage) {
		Implementation next = ofValue(stage).orElse(null);
		if (next == null) {
			return Outcome.refused("stage", "choose in progress or completed");
		}
		return Outcome.when(canMoveTo(next), next,
				() -> Refusal.of("stage", "it is " + label() + " already; implementation only moves forward"));
	}

	public static Optional<Implementation> ofValue(String value) {
		return Arrays.stream(values()).filter((stage) -> stage.name().equalsIgnoreCase(value)).findFirst();
	}

}

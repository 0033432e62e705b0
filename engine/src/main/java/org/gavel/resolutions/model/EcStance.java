package org.gavel.resolutions.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Executive Committee's position on a resolution, as the form {@code ec-position}
 * offers it and the booklet prints it.
 */
public enum EcStance {

	SUPPORT("support", "supports"), OPPOSE("oppose", "opposes"), NEUTRAL("neutral", "takes no position on");

	private final String value;

	private final String verb;

	EcStance(String value, String verb) {
		this.value = value;
		this.verb = verb;
	}

	/**
	 * The value the form stores, e.g. {@code support}.
	 * @return the form value
	 */
	public String value() {
		return this.value;
	}

	/**
	 * What the EC does, e.g. "supports".
	 * @return the verb
	 */
	public String verb() {
		return this.verb;
	}

	public static Optional<EcStance> ofValue(String value) {
		return Arrays.stream(values()).filter((stance) -> stance.value.equals(value)).findFirst();
	}

}

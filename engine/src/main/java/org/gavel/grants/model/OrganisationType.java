package org.gavel.grants.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of organisation an RFP may be open to, and a proposal says it is. */
public enum OrganisationType {

	NGO("ngo", "Non-governmental organisation"), COOPERATIVE("cooperative", "Cooperative"),
	PRODUCER_GROUP("producer-group", "Smallholder or producer group"),
	RESEARCH("research", "Research institute or university"), COMPANY("company", "Company"),
	PUBLIC_BODY("public-body", "Public body");

	private final String value;

	private final String label;

	OrganisationType(String value, String label) {
		this.value = value;
		this.label = label;
	}

	public String value() {
		return this.value;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The type a form's value names.
	 * @param value e.g. {@code producer-group}
	 * @return the type, or empty for an unknown value
	 */
	public static Optional<OrganisationType> of(String value) {
		return Arrays.stream(values()).filter((type) -> type.value.equals(value)).findFirst();
	}

}

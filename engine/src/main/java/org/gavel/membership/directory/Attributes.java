package org.gavel.membership.directory;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.gavel.membership.model.MemberClass;
import org.gavel.membership.model.MemberType;

/**
 * The attributes of a Keycloak group or user (each a list of strings), read with the
 * problems they have reported against the element they belong to.
 */
final class Attributes {

	private final String where;

	private final JsonNode attributes;

	private final List<String> problems;

	Attributes(String where, JsonNode attributes, List<String> problems) {
		this.where = where;
		this.attributes = attributes;
		this.problems = problems;
	}

	String text(String key, String fallback) {
		JsonNode values = this.attributes.path(key);
		return (values.isArray() && !values.isEmpty()) ? values.get(0).asText() : fallback;
	}

	boolean bool(String key, boolean fallback) {
		String value = text(key, null);
		if (value == null) {
			return fallback;
		}
		if (!value.equals("true") && !value.equals("false")) {
			this.problems.add(this.where + ": attribute " + key + " is '" + value + "', expected true or false");
		}
		return Boolean.parseBoolean(value);
	}

	int integer(String key, int fallback) {
		String value = text(key, null);
		try {
			return (value != null) ? Integer.parseInt(value) : fallback;
		}
		catch (NumberFormatException ex) {
			this.problems.add(this.where + ": attribute " + key + " is '" + value + "', expected a whole number");
			return fallback;
		}
	}

	MemberType memberType(String key) {
		return switch (text(key, "organisation")) {
			case "organisation" -> MemberType.ORGANISATION;
			case "individual" -> MemberType.INDIVIDUAL;
			default -> invalid(key, "organisation or individual", MemberType.ORGANISATION);
		};
	}

	MemberClass memberClass(String key) {
		return switch (text(key, "ordinary")) {
			case "ordinary" -> MemberClass.ORDINARY;
			case "affiliate" -> MemberClass.AFFILIATE;
			default -> invalid(key, "ordinary or affiliate", MemberClass.ORDINARY);
		};
	}

	private <T> T invalid(String key, String expected, T fallback) {
		this.problems.add(this.where + ": attribute " + key + " is '" + text(key, "") + "', expected " + expected);
		return fallback;
	}

}

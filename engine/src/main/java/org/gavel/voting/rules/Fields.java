package org.gavel.voting.rules;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.gavel.voting.model.Share;

/**
 * Reads the fields of one object of a rule-set file, noting every problem with the file
 * name and the field's path ({@code weighting.memberTypes.organisation}).
 */
final class Fields {

	private final String file;

	private final String path;

	private final JsonNode node;

	private final List<String> problems;

	Fields(String file, String path, JsonNode node, List<String> problems, String... known) {
		this.file = file;
		this.path = path;
		this.node = node;
		this.problems = problems;
		if (node.isObject()) {
			Set<String> allowed = Set.of(known);
			for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
				String name = names.next();
				if (!allowed.contains(name)) {
					problem(name, "unknown field; expected one of " + String.join(", ", known));
				}
			}
		}
		else if (!node.isMissingNode()) {
			this.problems.add(file + ": " + (path.isEmpty() ? "the file" : path) + ": expected an object");
		}
	}

	Fields object(String name, String... known) {
		return new Fields(this.file, at(name), this.node.path(name), this.problems, known);
	}

	boolean has(String name) {
		return this.node.hasNonNull(name);
	}

	JsonNode raw(String name) {
		return this.node.path(name);
	}

	String text(String name) {
		if (!this.node.path(name).isTextual() || this.node.path(name).asText().isBlank()) {
			problem(name, "is required");
			return null;
		}
		return this.node.path(name).asText();
	}

	int integer(String name) {
		if (!this.node.path(name).canConvertToInt()) {
			problem(name, "is required and must be a whole number");
			return 0;
		}
		return this.node.path(name).asInt();
	}

	boolean bool(String name) {
		if (!this.node.path(name).isBoolean()) {
			problem(name, "is required and must be true or false");
			return false;
		}
		return this.node.path(name).asBoolean();
	}

	boolean bool(String name, boolean fallback) {
		return has(name) ? bool(name) : fallback;
	}

	Share share(String name) {
		return share(name, this.node.path(name));
	}

	Share share(String name, JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			problem(name, "is required");
			return Share.ZERO;
		}
		try {
			return Share.parse(value.asText());
		}
		catch (RuntimeException ex) {
			problem(name, "'" + value.asText() + "' is not a number, fraction (2/3) or percentage (50%)");
			return Share.ZERO;
		}
	}

	Map<String, Share> shares(String name) {
		Map<String, Share> shares = new LinkedHashMap<>();
		JsonNode map = this.node.path(name);
		if (map.isMissingNode()) {
			return shares;
		}
		if (!map.isObject()) {
			problem(name, "expected a map of names to weights");
			return shares;
		}
		map.fields()
			.forEachRemaining(
					(entry) -> shares.put(entry.getKey(), share(name + "." + entry.getKey(), entry.getValue())));
		return shares;
	}

	<E extends Enum<E>> E choice(String name, Class<E> type) {
		String value = this.node.path(name).asText("");
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			problem(name, (value.isEmpty() ? "is required" : "'" + value + "' is not allowed") + "; expected one of "
					+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
			return type.getEnumConstants()[0];
		}
	}

	<E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
		return has(name) ? choice(name, type) : fallback;
	}

	Duration duration(String name) {
		try {
			return Duration.parse(this.node.path(name).asText(""));
		}
		catch (DateTimeParseException ex) {
			problem(name, "'" + this.node.path(name).asText("") + "' is not an ISO-8601 duration such as P5D or PT48H");
			return Duration.ZERO;
		}
	}

	void problem(String name, String problem) {
		this.problems.add(this.file + ": " + at(name) + ": " + problem);
	}

	String at(String name) {
		return this.path.isEmpty() ? name : this.path + "." + name;
	}

	String file() {
		return this.file;
	}

	List<String> problems() {
		return this.problems;
	}

}

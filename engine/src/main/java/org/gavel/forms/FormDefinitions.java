package org.gavel.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The form definitions under {@code forms/} on the classpath (the {@code forms} module),
 * read once: the same files the engine deploys for Tasklist.
 */
public class FormDefinitions {

	private final Map<String, FormDefinition> forms = new LinkedHashMap<>();

	public FormDefinitions(String pattern) {
		ObjectMapper json = new ObjectMapper();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				try (InputStream in = resource.getInputStream()) {
					FormDefinition form = read(json.readTree(in));
					this.forms.put(form.id(), form);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the form definitions " + pattern, ex);
		}
	}

	public Optional<FormDefinition> find(String id) {
		return Optional.ofNullable(id).map(this.forms::get);
	}

	/**
	 * A form that must exist.
	 * @param id the form's id
	 * @return the form
	 * @throws IllegalStateException when {@code forms/} has no such form
	 */
	public FormDefinition get(String id) {
		return find(id).orElseThrow(() -> new IllegalStateException("no form '" + id + "' under forms/"));
	}

	static FormDefinition read(JsonNode form) {
		List<FormField> fields = new ArrayList<>();
		for (JsonNode component : form.path("components")) {
			JsonNode validate = component.path("validate");
			List<FormField.Option> options = new ArrayList<>();
			component.path("values")
				.forEach((option) -> options
					.add(new FormField.Option(option.path("value").asText(), option.path("label").asText())));
			String type = component.path("type").asText();
			fields.add(new FormField(component.path("id").asText(), text(component, "key"), type,
					"text".equals(type) ? text(component, "text") : text(component, "label"),
					text(component, "description"), validate.path("required").asBoolean(false),
					integer(validate, "minLength"), integer(validate, "maxLength"), text(validate, "pattern"),
					number(validate, "min"), number(validate, "max"), options, text(component, "defaultValue")));
		}
		return new FormDefinition(form.path("id").asText(), fields);
	}

	private static String text(JsonNode node, String name) {
		return node.hasNonNull(name) ? node.get(name).asText() : null;
	}

	private static Integer integer(JsonNode node, String name) {
		return node.hasNonNull(name) ? node.get(name).asInt() : null;
	}

	private static Long number(JsonNode node, String name) {
		return node.hasNonNull(name) ? node.get(name).asLong() : null;
	}

}

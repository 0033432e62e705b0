package org.gavel.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form definition is a Camunda Forms (form-js) schema that Tasklist can render
 * through {@code camunda:formRef}: its id is its file name, and every field has a unique
 * key and a readable id.
 */
class FormDefinitionsTest {

	private static final Path FORMS = Path.of("src/main/resources/forms");

	private static final Set<String> LAYOUT_TYPES = Set.of("text", "spacer", "separator", "group", "html", "image",
			"button");

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void everyFormIsAUsableFormJsSchema() throws IOException {
		List<Path> forms = formFiles();
		assertThat(forms).as("form definitions under %s", FORMS).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Path form : forms) {
			problems.addAll(check(form));
		}
		assertThat(problems).isEmpty();
	}

	private List<String> check(Path file) throws IOException {
		String name = file.getFileName().toString();
		JsonNode form = this.json.readTree(file.toFile());
		List<String> problems = new ArrayList<>();
		if (!name.equals(form.path("id").asText() + ".form")) {
			problems.add(name + ": id '" + form.path("id").asText() + "' differs from the file name");
		}
		if (!"default".equals(form.path("type").asText())) {
			problems.add(name + ": type must be 'default'");
		}
		if (!form.path("schemaVersion").isInt()) {
			problems.add(name + ": schemaVersion missing");
		}
		Set<String> keys = new HashSet<>();
		for (JsonNode component : form.path("components")) {
			String type = component.path("type").asText();
			String id = component.path("id").asText();
			if (!id.matches("Field_[A-Z][A-Za-z0-9]+")) {
				problems.add(name + ": component id '" + id + "' should read like 'Field_Title'");
			}
			if (!LAYOUT_TYPES.contains(type)) {
				String key = component.path("key").asText();
				if (key.isEmpty() || !keys.add(key)) {
					problems.add(name + ": field '" + id + "' needs a unique key");
				}
			}
		}
		if (keys.isEmpty()) {
			problems.add(name + ": no input field");
		}
		return problems;
	}

	private static List<Path> formFiles() throws IOException {
		try (Stream<Path> files = Files.walk(FORMS)) {
			return files.filter((file) -> file.toString().endsWith(".form")).sorted().toList();
		}
	}

}

package org.gavel.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server holds a submission to the constraints of its form-js definition, field by
 * field, with a message a person can act on.
 */
class FormDefinitionTest {

	private static final String SCHEMA = """
			{ "id": "sample", "type": "default", "schemaVersion": 16, "components": [
			  { "id": "Field_Intro", "type": "text", "text": "Read this first." },
			  { "id": "Field_Title", "key": "title", "type": "textfield", "label": "Title",
			    "validate": { "required": true, "minLength": 3, "maxLength": 10 } },
			  { "id": "Field_Code", "key": "code", "type": "textfield", "label": "Code",
			    "description": "two capital letters", "validate": { "pattern": "[A-Z]{2}" } },
			  { "id": "Field_Response", "key": "response", "type": "radio", "label": "Response",
			    "values": [ { "label": "No objection", "value": "no-objection" }, { "label": "Objection", "value": "objection" } ],
			    "validate": { "required": true } },
			  { "id": "Field_Seats", "key": "seats", "type": "number", "label": "Seats", "defaultValue": "1",
			    "validate": { "min": 1, "max": 5 } },
			  { "id": "Field_Agree", "key": "agree", "type": "checkbox", "label": "I agree", "validate": { "required": true } }
			] }""";

	private final FormDefinition form = read();

	@ParameterizedTest(name = "{0}={1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			title    | ''            | is required
			title    | ab            | must be at least 3 characters long
			title    | abcdefghijk   | must be at most 10 characters long (it has 11)
			code     | A1            | is not in the expected form: two capital letters
			response | maybe         | 'must be one of: No objection, Objection'
			seats    | 6             | must be at most 5
			seats    | 0             | must be at least 1
			seats    | many          | must be a number
			agree    | ''            | must be ticked
			""")
	void refusesWhatBreaksAConstraint(String key, String text, String message) {
		Map<String, String> input = valid();
		input.put(key, text);

		Submission submission = this.form.check(input);

		assertThat(submission.errors()).containsExactly(Map.entry(key, message));
		assertThat(submission.values()).isEmpty();
		assertThat(submission.typed()).containsEntry(key, text.strip());
	}

	@ParameterizedTest(name = "{1} (field {0})")
	@CsvSource(delimiter = '|', textBlock = """
			code    | is taken by another item | code  | is taken by another item
			title   | a: b                     | title | a: b
			nothing | is a field here          | ''    | ''
			''      | The ballot is closed.    | ''    | ''
			""")
	void showsARefusalByTheFieldItNames(String field, String reason, String key, String message) {
		Submission typed = this.form.check(valid());

		Optional<Submission> shown = typed.withRefusal(Refusal.of(field.isEmpty() ? null : field, reason));

		if (key.isEmpty()) {
			assertThat(shown).as("names no field of the form").isEmpty();
		}
		else {
			assertThat(shown).hasValueSatisfying((marked) -> {
				assertThat(marked.errors()).containsExactly(Map.entry(key, message));
				assertThat(marked.valid()).isFalse();
				assertThat(marked.typed()).isEqualTo(typed.typed());
			});
		}
	}

	@Test
	void acceptsAValidSubmissionWithTypedValues() {
		Submission submission = this.form.check(valid());

		assertThat(submission.valid()).isTrue();
		assertThat(submission.values()).containsEntry("title", "Budget")
			.containsEntry("agree", true)
			.containsEntry("seats", new BigDecimal("3"))
			.containsEntry("code", null);
	}

	@Test
	void aRuleOfTheUseCaseAddsItsMessageToTheField() {
		Submission submission = this.form.check(valid())
			.withRefusal(Refusal.of("code", "is needed with an objection"))
			.orElseThrow();

		assertThat(submission.valid()).isFalse();
		assertThat(submission.summary()).isEqualTo("Code: is needed with an objection");
	}

	@Test
	void readsTextBlocksAsComponentsWithoutKey() {
		assertThat(this.form.components()).hasSize(6);
		assertThat(this.form.fields()).extracting(FormField::key)
			.containsExactly("title", "code", "response", "seats", "agree");
		assertThat(this.form.components().get(0).label()).isEqualTo("Read this first.");
	}

	@Test
	void anEmptyFormShowsEachFieldsDefaultValueUnlessAValueIsGiven() {
		assertThat(Submission.showing(this.form, Map.of()).typed()).containsExactly(Map.entry("seats", "1"));
		assertThat(Submission.showing(this.form, Map.of("seats", "4", "title", "Budget")).typed())
			.containsEntry("seats", "4")
			.containsEntry("title", "Budget");
	}

	private static Map<String, String> valid() {
		Map<String, String> input = new HashMap<>();
		input.put("title", " Budget ");
		input.put("response", "no-objection");
		input.put("seats", "3");
		input.put("agree", "on");
		return input;
	}

	@Test
	void prefillsOnlyItsOwnFieldsAsLocalVariables() {
		Map<String, Object> local = new HashMap<>();
		VariableScope task = (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
				new Class<?>[] { VariableScope.class }, (proxy, method, arguments) -> {
					if (!method.getName().equals("setVariableLocal")) {
						throw new UnsupportedOperationException(method.getName());
					}
					local.put((String) arguments[0], arguments[1]);
					return null;
				});
		Map<String, String> values = new HashMap<>();
		values.put("title", "Terms");
		values.put("code", null);
		values.put("notAField", "x");

		this.form.prefill(task, values);

		assertThat(local).containsOnlyKeys("title", "code").containsEntry("title", "Terms").containsEntry("code", null);
	}

	private static FormDefinition read() {
		try {
			return FormDefinitions.read(new ObjectMapper().readTree(SCHEMA));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package org.gavel.forms;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A form from {@code forms/}: the Camunda Forms (form-js) schema that Tasklist shows,
 * read so the portal renders the same fields and the server checks the same constraints.
 *
 * @param id the form's id (its file name without {@code .form})
 * @param components the components, in order
 */
public record FormDefinition(String id, List<FormField> components) {

	public FormDefinition {
		components = List.copyOf(components);
	}

	/**
	 * The input fields.
	 * @return the components that set a variable
	 */
	public List<FormField> fields() {
		return this.components.stream().filter(FormField::input).toList();
	}

	public Optional<FormField> field(String key) {
		return fields().stream().filter((field) -> field.key().equals(key)).findFirst();
	}

	/**
	 * The form with the choices of a field whose options depend on the data (form-js's
	 * {@code valuesKey}), such as the member organisations a complaint can be about.
	 * @param key the field's key
	 * @param options its choices now
	 * @return the form, to render and to check against
	 */
	public FormDefinition withOptions(String key, List<FormField.Option> options) {
		return new FormDefinition(this.id,
				this.components.stream()
					.map((field) -> key.equals(field.key()) ? new FormField(field.id(), field.key(), field.type(),
							field.label(), field.description(), field.required(), field.minLength(), field.maxLength(),
							field.pattern(), field.min(), field.max(), options, field.defaultValue()) : field)
					.toList());
	}

	/**
	 * The values a task or execution holds for this form's fields, as Tasklist submitted
	 * them.
	 * @param scope the task or execution
	 * @return each field's value, {@code null} where unset, in the form's order
	 */
	public Map<String, Object> valuesOn(VariableScope scope) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (FormField field : fields()) {
			values.put(field.key(), scope.getVariable(field.key()));
		}
		return values;
	}

	/**
	 * Shows values in this form on a task: sets, as local variables, those of the values
	 * whose keys are this form's fields (Tasklist reads task variables), and ignores the
	 * rest.
	 * @param scope the task
	 * @param values the value per key, e.g. a document's current version
	 */
	public void prefill(VariableScope scope, Map<String, String> values) {
		for (FormField field : fields()) {
			if (values.containsKey(field.key())) {
				scope.setVariableLocal(field.key(), values.get(field.key()));
			}
		}
	}

	/**
	 * Checks what was typed against every field's constraints.
	 * @param input the submitted text per key; absent or blank means empty (an unticked
	 * checkbox is absent)
	 * @return the typed values, or the message for each field at fault
	 */
	public Submission check(Map<String, String> input) {
		Map<String, Object> values = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, String> typed = new LinkedHashMap<>();
		for (FormField field : fields()) {
			String text = input.getOrDefault(field.key(), "");
			text = (text == null) ? "" : text.strip();
			typed.put(field.key(), text);
			String error = problem(field, text);
			if (error != null) {
				errors.put(field.key(), error);
			}
			else {
				values.put(field.key(), value(field, text));
			}
		}
		return new Submission(this, typed, errors.isEmpty() ? values : Map.of(), errors);
	}

	private static String problem(FormField field, String text) {
		if ("checkbox".equals(field.type())) {
			return (field.required() && !ticked(text)) ? "must be ticked" : null;
		}
		if (text.isEmpty()) {
			return field.required() ? "is required" : null;
		}
		if (field.minLength() != null && text.length() < field.minLength()) {
			return "must be at least " + field.minLength() + " characters long";
		}
		if (field.maxLength() != null && text.length() > field.maxLength()) {
			return "must be at most " + field.maxLength() + " characters long (it has " + text.length() + ")";
		}
		if (field.pattern() != null && !Pattern.compile(field.pattern()).matcher(text).matches()) {
			return "is not in the expected form" + ((field.description() != null) ? ": " + field.description() : "");
		}
		if (field.choice() && field.options().stream().noneMatch((option) -> option.value().equals(text))) {
			return "must be one of: "
					+ String.join(", ", field.options().stream().map(FormField.Option::label).toList());
		}
		return "number".equals(field.type()) ? numberProblem(field, text) : null;
	}

	private static String numberProblem(FormField field, String text) {
		BigDecimal number;
		try {
			number = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return "must be a number";
		}
		if (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0) {
			return "must be at least " + field.min();
		}
		if (field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
			return "must be at most " + field.max();
		}
		return null;
	}

	private static Object value(FormField field, String text) {
		if ("checkbox".equals(field.type())) {
			return ticked(text);
		}
		if ("number".equals(field.type())) {
			return text.isEmpty() ? null : new BigDecimal(text);
		}
		return text.isEmpty() ? null : text;
	}

	private static boolean ticked(String text) {
		return "true".equalsIgnoreCase(text) || "on".equalsIgnoreCase(text);
	}

}

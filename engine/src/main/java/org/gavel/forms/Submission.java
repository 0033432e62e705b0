package org.gavel.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.gavel.system.Refusal;

/**
 * A form as submitted: what was typed (to show again), the typed values when every field
 * is valid, else a message per field at fault.
 *
 * @param form the form
 * @param typed the text per key, as submitted (stripped)
 * @param values the values per key (text, {@code Boolean} for a checkbox,
 * {@code BigDecimal} for a number); empty when there are errors
 * @param errors the message per key at fault
 */
public record Submission(FormDefinition form, Map<String, String> typed, Map<String, Object> values,
		Map<String, String> errors) {

	public Submission {
		typed = Collections.unmodifiableMap(new LinkedHashMap<>(typed));
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	public boolean valid() {
		return this.errors.isEmpty();
	}

	/**
	 * The same submission with a refusal shown by its field, when it names one of the
	 * form's fields.
	 * @param refused the refusal
	 * @return the submission with the message by the field; empty when the refusal names
	 * no field of this form
	 */
	public Optional<Submission> withRefusal(Refusal refused) {
		if (refused.fields().isEmpty()
				|| refused.fields().keySet().stream().anyMatch((key) -> this.form.field(key).isEmpty())) {
			return Optional.empty();
		}
		Map<String, String> more = new LinkedHashMap<>(this.errors);
		more.putAll(refused.fields());
		return Optional.of(new Submission(this.form, this.typed, Map.of(), more));
	}

	/**
	 * An empty submission that shows given values, e.g. the current version of a
	 * document.
	 * @param form the form
	 * @param typed the values to show; a field not among them shows its default value
	 * @return a submission with no errors and no values
	 */
	public static Submission showing(FormDefinition form, Map<String, String> typed) {
		Map<String, String> shown = new LinkedHashMap<>();
		form.components()
			.stream()
			.filter((field) -> field.input() && field.defaultValue() != null)
			.forEach((field) -> shown.put(field.key(), field.defaultValue()));
		shown.putAll(typed);
		return new Submission(form, shown, Map.of(), Map.of());
	}

	/**
	 * The messages, one line per field, for a place that cannot show them by the field.
	 * @return e.g. {@code "Reason: is required"}
	 */
	public String summary() {
		StringBuilder out = new StringBuilder();
		this.errors.forEach((key, message) -> {
			String label = this.form.field(key).map(FormField::label).orElse(key);
			out.append(out.isEmpty() ? "" : "; ").append(label).append(": ").append(message);
		});
		return out.toString();
	}

}

package org.gavel.grievances.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gavel.system.Refusal;

/**
 * A form of an investigation that was sent and refused, to show again: what was typed,
 * the message by each field at fault, and a summary at the top of the page linking to
 * them. Templates read it as {@code $attempt}; {@link #NONE} when nothing was refused.
 *
 * @param form which form: {@code measure}, {@code note}, {@code ask}, or one of an item,
 * {@code lift-<id>}, {@code withdraw-<id>}, {@code sharing-<id>}, {@code answer-<id>}
 * @param typed what was typed
 * @param refusal why it was refused, or {@code null}
 */
public record Attempt(String form, Map<String, String> typed, Refusal refusal) {

	/** No form was refused. */
	public static final Attempt NONE = new Attempt("", Map.of(), null);

	/** The fields' labels, as the summary names them. */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("measure", "What the measure is"),
			Map.entry("effectiveFrom", "In force from"), Map.entry("effectiveUntil", "Until"),
			Map.entry("reason", "Why it is lifted"), Map.entry("note", "Note"), Map.entry("party", "Asked of"),
			Map.entry("question", "Question"), Map.entry("days", "Working days to answer"),
			Map.entry("answer", "Your answer"), Map.entry("evidence", "Evidence"),
			Map.entry("sharing", "What the respondent sees"), Map.entry("copy", "Redacted copy"));

	public Attempt {
		typed = Map.copyOf(typed);
	}

	static Attempt refused(String form, Map<String, String> typed, Refusal refusal) {
		return new Attempt(form, typed, refusal);
	}

	/** Whether a form was refused. */
	public boolean failed() {
		return this.refusal != null;
	}

	/**
	 * Whether this form was the one refused.
	 * @param name the form
	 * @return whether it was
	 */
	public boolean failed(String name) {
		return failed() && this.form.equals(name);
	}

	/**
	 * What to show in a field: what was typed, if this form was refused, else a default.
	 * @param name the form
	 * @param field the field
	 * @param otherwise the default
	 * @return the value
	 */
	public String value(String name, String field, String otherwise) {
		return failed(name) ? this.typed.getOrDefault(field, otherwise) : otherwise;
	}

	/**
	 * The message by a field.
	 * @param name the form
	 * @param field the field
	 * @return the message, or "" when the field is not at fault
	 */
	public String error(String name, String field) {
		return failed(name) ? this.refusal.fields().getOrDefault(field, "") : "";
	}

	/** The refusal's sentence when it is about no field, else "". */
	public String message() {
		return (failed() && this.refusal.fields().isEmpty()) ? this.refusal.reason() : "";
	}

	/**
	 * The summary's links, one per field at fault.
	 * @return each field's anchor ({@code <form>-<field>}) and message
	 */
	public List<Link> links() {
		if (!failed()) {
			return List.of();
		}
		Map<String, String> fields = new LinkedHashMap<>(this.refusal.fields());
		return fields.entrySet()
			.stream()
			.map((field) -> new Link(this.form + "-" + field.getKey(),
					LABELS.getOrDefault(field.getKey(), field.getKey()) + ": " + field.getValue()))
			.toList();
	}

	/**
	 * A link of the error summary.
	 *
	 * @param anchor the field's id
	 * @param text the message
	 */
	public record Link(String anchor, String text) {

	}

}

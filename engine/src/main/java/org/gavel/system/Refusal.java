package org.gavel.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a use case did nothing: a sentence a person can act on, and the form fields at
 * fault when there are some. A refusal is a value the use case returns, never an
 * exception; the adapters show it — by the field on a portal form, as a 400 problem with
 * field-level errors in the API, as a message that rolls back a task's completion in
 * Tasklist.
 *
 * @param field the (first) form field at fault, or {@code null} when it is not a field
 * @param reason what is wrong, in a sentence; for a field, what is wrong with it
 * @param fields the message per field at fault, in order; empty when it is not a field
 */
public record Refusal(String field, String reason, Map<String, String> fields) {

	public Refusal {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a refusal needs its reason");
		}
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	public Refusal(String field, String reason) {
		this(field, reason, (field != null) ? Map.of(field, reason) : Map.of());
	}

	/**
	 * A refusal of the whole request.
	 * @param reason what is wrong
	 * @return the refusal
	 */
	public static Refusal of(String reason) {
		return new Refusal(null, reason);
	}

	/**
	 * A refusal of one field.
	 * @param field the field
	 * @param reason what is wrong with it
	 * @return the refusal
	 */
	public static Refusal of(String field, String reason) {
		return new Refusal(field, reason);
	}

	/**
	 * A refusal of several fields.
	 * @param problems the message per field, in order; at least one
	 * @return the refusal
	 */
	public static Refusal ofFields(Map<String, String> problems) {
		Map.Entry<String, String> first = problems.entrySet().iterator().next();
		return new Refusal(first.getKey(), first.getValue(), problems);
	}

	/**
	 * The refusal as one line, e.g. {@code stance: choose support, oppose or neutral}.
	 * @return the line
	 */
	public String message() {
		return (this.field != null) ? this.field + ": " + this.reason : this.reason;
	}

}

package org.gavel.forms;

import java.util.List;

/**
 * One component of a form definition as the portal renders it and the server checks it:
 * an input field (with a key) or a text block (without).
 *
 * @param id the component's id, e.g. {@code Field_Title}
 * @param key the variable it sets, or {@code null} for a text block
 * @param type the form-js type: textfield, textarea, number, select, radio, checkbox,
 * text
 * @param label the label, or the text of a text block
 * @param description the help shown under it, or {@code null}
 * @param required whether a value is needed
 * @param minLength the shortest text allowed, or {@code null}
 * @param maxLength the longest text allowed, or {@code null}
 * @param pattern a regular expression the whole text must match, or {@code null}
 * @param min the smallest number allowed, or {@code null}
 * @param max the largest number allowed, or {@code null}
 * @param options the values a select or radio offers (empty for other types)
 * @param defaultValue the value shown before anything is typed (form-js's
 * {@code defaultValue}), or {@code null}
 */
public record FormField(String id, String key, String type, String label, String description, boolean required,
		Integer minLength, Integer maxLength, String pattern, Long min, Long max, List<Option> options,
		String defaultValue) {

	public FormField {
		options = List.copyOf(options);
	}

	/** The pattern of a local date and time, as a browser's date-time picker sends it. */
	public static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}";

	/**
	 * Whether the field takes a local date and time ({@link #DATE_TIME}): the portal
	 * shows a date-time picker for it.
	 * @return whether its pattern is {@link #DATE_TIME}
	 */
	public boolean dateTime() {
		return DATE_TIME.equals(this.pattern);
	}

	public boolean input() {
		return this.key != null;
	}

	public boolean choice() {
		return "select".equals(this.type) || "radio".equals(this.type);
	}

	/**
	 * One of the values a select or radio offers.
	 *
	 * @param value what is stored
	 * @param label what is shown
	 */
	public record Option(String value, String label) {

	}

}

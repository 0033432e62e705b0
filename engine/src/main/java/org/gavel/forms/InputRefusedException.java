package org.gavel.forms;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Input a use case refuses, naming the form field at fault ({@code field: reason}), or no
 * field when the refusal is about the whole request. Thrown from a process step or a task
 * listener, it rolls the caller's transaction back, so nothing is written; the portal
 * shows it by the field, the engine REST API answers it with 400.
 */
public class InputRefusedException extends ProcessEngineException {

	private final String field;

	public InputRefusedException(String field, String reason) {
		super((field != null) ? field + ": " + reason : reason);
		this.field = field;
	}

	/** The field at fault, or {@code null}. */
	public String field() {
		return this.field;
	}

	public String reason() {
		return (this.field != null) ? getMessage().substring(this.field.length() + 2) : getMessage();
	}

	/**
	 * The refusal behind an engine exception, if there is one.
	 * @param thrown what the engine threw
	 * @return the refusal in its causes
	 */
	public static java.util.Optional<InputRefusedException> in(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof InputRefusedException refused) {
				return java.util.Optional.of(refused);
			}
		}
		return java.util.Optional.empty();
	}

}

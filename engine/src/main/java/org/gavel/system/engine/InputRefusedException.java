package org.gavel.system.engine;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.gavel.system.Refusal;

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

	/**
	 * Raises a use case's refusal in the engine, rolling its command back.
	 * @param refusal the refusal
	 */
	public InputRefusedException(Refusal refusal) {
		this(refusal.field(), refusal.reason());
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
	public static Optional<InputRefusedException> in(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof InputRefusedException refused) {
				return Optional.of(refused);
			}
		}
		return Optional.empty();
	}

	/**
	 * The refusal this exception carries.
	 * @return the refusal
	 */
	public Refusal refusal() {
		return new Refusal(this.field, reason());
	}

}

package org.gavel.system.engine;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and type: the one way Gavel's steps, listeners and
 * callers read and write variables. Each process class declares its variables as
 * constants ({@code BallotProcess.ROLL_ID}); reading one that is missing or malformed
 * refuses with a message naming it, which rolls the engine command back.
 *
 * <p>
 * Values are stored as the engine shows them in Cockpit and as REST callers send them:
 * ids, zones, durations and enums as strings, instants as dates (timers read them); an
 * instant sent as ISO-8601 text is read too.
 *
 * @param <T> the value's type
 */
public final class Variable<T> {

	private final String name;

	private final Function<Object, T> reading;

	private final Function<T, Object> writing;

	private Variable(String name, Function<Object, T> reading, Function<T, Object> writing) {
		this.name = name;
		this.reading = reading;
		this.writing = writing;
	}

	public static Variable<String> text(String name) {
		return new Variable<>(name, Object::toString, (value) -> value);
	}

	public static Variable<Integer> integer(String name) {
		return new Variable<>(name, (value) -> {
			if (value instanceof Number number) {
				return number.intValue();
			}
			try {
				return Integer.valueOf(value.toString().strip());
			}
			catch (NumberFormatException ex) {
				throw new InputRefusedException(name, "'" + value + "' is not a whole number");
			}
		}, (value) -> value);
	}

	public static Variable<Boolean> flag(String name) {
		return new Variable<>(name,
				(value) -> (value instanceof Boolean flag) ? flag : Boolean.parseBoolean(value.toString()),
				(value) -> value);
	}

	public static Variable<UUID> id(String name) {
		return new Variable<>(name, (value) -> parse(name, value, UUID::fromString, "is not an id"), UUID::toString);
	}

	public static Variable<Instant> instant(String name) {
		return new Variable<>(name, (value) -> (value instanceof Date date) ? date.toInstant()
				: parse(name, value, Instant::parse, "is not an ISO-8601 instant"), Date::from);
	}

	public static Variable<ZoneId> zone(String name) {
		return new Variable<>(name,
				(value) -> parse(name, value, ZoneId::of, "is not a time zone such as Asia/Singapore"), ZoneId::getId);
	}

	public static Variable<Duration> duration(String name) {
		return new Variable<>(name,
				(value) -> parse(name, value, Duration::parse, "is not an ISO-8601 duration such as PT48H"),
				Duration::toString);
	}

	public static <E extends Enum<E>> Variable<E> choice(String name, Class<E> type) {
		return new Variable<>(name,
				(value) -> parse(name, value, (text) -> Enum.valueOf(type, text),
						"must be one of "
								+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())),
				Enum::name);
	}

	/**
	 * A choice of a form or a decision table, stored as the form writes it: the
	 * constant's name in lower case with hyphens ({@code PARTLY_UPHELD} as
	 * {@code partly-upheld}), which the BPMN's conditions and tables compare.
	 * @param name the variable's name
	 * @param type the choices
	 * @param <E> the choices' type
	 * @return the variable
	 */
	public static <E extends Enum<E>> Variable<E> option(String name, Class<E> type) {
		return new Variable<>(name, (value) -> {
			String text = value.toString().strip().toUpperCase(Locale.ROOT).replace('-', '_');
			for (E choice : type.getEnumConstants()) {
				if (choice.name().equals(text)) {
					return choice;
				}
			}
			throw new InputRefusedException(name, "must be one of "
					+ String.join(", ", Arrays.stream(type.getEnumConstants()).map(Variable::optionValue).toList()));
		}, Variable::optionValue);
	}

	/**
	 * How {@link #option} writes a choice.
	 * @param choice the choice
	 * @return e.g. {@code partly-upheld}
	 */
	public static String optionValue(Enum<?> choice) {
		return choice.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * A decision table's single result ({@code mapDecisionResult="singleResult"}), read
	 * into a value; it is the engine that writes it.
	 * @param name the business rule task's result variable
	 * @param reading what the result's entries make
	 * @param <T> the value's type
	 * @return the variable
	 */
	public static <T> Variable<T> decision(String name, Function<Map<?, ?>, T> reading) {
		return new Variable<>(name, (value) -> {
			if (!(value instanceof Map<?, ?> entries)) {
				throw new IllegalStateException("the decision table gave no single result in " + name + ": " + value);
			}
			return reading.apply(entries);
		}, (value) -> {
			throw new UnsupportedOperationException(name + " is written by its decision table");
		});
	}

	/**
	 * The variable's name, as the BPMN's expressions and REST callers write it.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Reads the variable, which must be set.
	 * @param scope an execution or a task
	 * @return the value
	 * @throws InputRefusedException naming the variable when it is missing or malformed
	 */
	public T from(VariableScope scope) {
		return optional(scope).orElseThrow(() -> new InputRefusedException(this.name, "is required"));
	}

	/**
	 * Reads the variable if it is set (an empty text counts as not set).
	 * @param scope an execution or a task
	 * @return the value
	 * @throws InputRefusedException naming the variable when it is malformed
	 */
	public Optional<T> optional(VariableScope scope) {
		return read(scope.getVariable(this.name));
	}

	/**
	 * Reads the variable from a map of variables, e.g. those a started instance returns.
	 * @param variables the variables
	 * @return the value
	 */
	public T from(Map<String, Object> variables) {
		return read(variables.get(this.name)).orElseThrow(() -> new InputRefusedException(this.name, "is required"));
	}

	/**
	 * Reads the variable of a running instance from outside it.
	 * @param runtime the engine's runtime service
	 * @param executionId the instance or execution
	 * @return the value, if set
	 */
	public Optional<T> optional(RuntimeService runtime, String executionId) {
		return read(runtime.getVariable(executionId, this.name));
	}

	/**
	 * Writes the variable of a running instance from outside it.
	 * @param runtime the engine's runtime service
	 * @param executionId the instance or execution
	 * @param value the value
	 */
	public void set(RuntimeService runtime, String executionId, T value) {
		runtime.setVariable(executionId, this.name, write(value));
	}

	/**
	 * The variable alone, to send with a message or set on a new activity.
	 * @param value the value, or {@code null} for none
	 * @return the variables
	 */
	public Map<String, Object> with(T value) {
		Map<String, Object> variables = new HashMap<>();
		put(variables, value);
		return variables;
	}

	public void set(VariableScope scope, T value) {
		scope.setVariable(this.name, write(value));
	}

	public void setLocal(VariableScope scope, T value) {
		scope.setVariableLocal(this.name, write(value));
	}

	public void remove(VariableScope scope) {
		scope.removeVariable(this.name);
	}

	/**
	 * Puts the value into variables to start or call a process with.
	 * @param variables the variables
	 * @param value the value, or {@code null} to leave it unset
	 */
	public void put(Map<String, Object> variables, T value) {
		if (value != null) {
			variables.put(this.name, write(value));
		}
	}

	@Override
	public String toString() {
		return this.name;
	}

	private Optional<T> read(Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			return Optional.empty();
		}
		return Optional.of(this.reading.apply(value));
	}

	private Object write(T value) {
		return (value != null) ? this.writing.apply(value) : null;
	}

	private static <T> T parse(String name, Object value, Function<String, T> parser, String otherwise) {
		try {
			return parser.apply(value.toString().strip());
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			throw new InputRefusedException(name, "'" + value + "' " + otherwise);
		}
	}

}

package org.gavel.system.engine;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

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

package org.gavel.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * A stable log code: one entry of a feature's catalogue ({@code ApprovalLog},
 * {@code VotingLog}, …), each an enum whose constants hold the code, its level and its
 * message. An operator greps the code, a test asserts it, {@code docs/operations.md}
 * lists it; {@code LogCodesTest} keeps the three in step and every code unique.
 */
public interface LogCode {

	/**
	 * The code, its level and its message.
	 * @return the entry
	 */
	Entry entry();

	/**
	 * The logger of the catalogue's feature: named after the catalogue's package, e.g.
	 * {@code org.gavel.voting} for {@code VotingLog}.
	 * @return the logger
	 */
	default Logger logger() {
		return LoggerFactory.getLogger(getClass().getPackageName());
	}

	/**
	 * Writes the event, e.g. {@code APPROVAL-001 item submitted id=…}, with the code as
	 * the key-value {@code code}.
	 * @param arguments the message's arguments
	 */
	default void log(Object... arguments) {
		entry().write(logger(), null, arguments);
	}

	/**
	 * Writes the event with the exception behind it.
	 * @param cause the exception
	 * @param arguments the message's arguments
	 */
	default void log(Throwable cause, Object... arguments) {
		entry().write(logger(), cause, arguments);
	}

	/**
	 * Starts the event, to add key-values an operator filters on before writing it.
	 * @return the event
	 */
	default Event event() {
		return new Event(this, logger().atLevel(entry().level()).addKeyValue("code", entry().code()));
	}

	/**
	 * The event as text, e.g. for the message of an exception that stops start-up.
	 * @param arguments the message's arguments
	 * @return {@code CODE message} with the arguments in place
	 */
	default String text(Object... arguments) {
		return entry().code() + " " + MessageFormatter.basicArrayFormat(entry().message(), arguments);
	}

	/**
	 * An event being written.
	 *
	 * @param code its code
	 * @param builder the logger's builder
	 */
	record Event(LogCode code, LoggingEventBuilder builder) {

		public Event with(String key, Object value) {
			return new Event(this.code, this.builder.addKeyValue(key, value));
		}

		public void log(Object... arguments) {
			this.builder.log(this.code.entry().code() + " " + this.code.entry().message(), arguments);
		}

	}

	/**
	 * One code.
	 *
	 * @param code e.g. {@code APPROVAL-001}
	 * @param level how it is logged
	 * @param message what it says, with {@code {}} for each argument
	 */
	record Entry(String code, Level level, String message) {

		public Entry {
			if (!code.matches("[A-Z]+-\\d{3}")) {
				throw new IllegalArgumentException("a log code is PREFIX-NNN, not " + code);
			}
		}

		/**
		 * An entry of a catalogue whose codes share a prefix.
		 * @param prefix e.g. {@code APPROVAL}
		 * @param number e.g. 1 for {@code APPROVAL-001}
		 * @param level how it is logged
		 * @param message what it says
		 * @return the entry
		 */
		public static Entry of(String prefix, int number, Level level, String message) {
			return new Entry("%s-%03d".formatted(prefix, number), level, message);
		}

		void write(Logger logger, Throwable cause, Object... arguments) {
			LoggingEventBuilder event = logger.atLevel(this.level).addKeyValue("code", this.code);
			if (cause != null) {
				event = event.setCause(cause);
			}
			event.log(this.code + " " + this.message, arguments);
		}

	}

}

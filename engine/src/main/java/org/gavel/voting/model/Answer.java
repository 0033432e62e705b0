package org.gavel.voting.model;

import java.util.List;
import java.util.Optional;

/**
 * What a ballot paper says: for, against or abstain on a motion; on a ballot between
 * options, one option (recorded as {@link Choice#FOR} with its number) or abstain; spoilt
 * on a paper ballot the secretariat records.
 *
 * @param choice the choice
 * @param option the option's number, from 1, on a ballot between options when the choice
 * is {@link Choice#FOR}; else {@code null}
 */
public record Answer(Choice choice, Integer option) {

	private static final String OPTION = "OPTION-";

	public Answer {
		if (choice == null) {
			throw new IllegalArgumentException("an answer has a choice");
		}
		if (option != null && (choice != Choice.FOR || option < 1)) {
			throw new IllegalArgumentException("an option is a choice for it, numbered from 1");
		}
	}

	public static Answer of(Choice choice) {
		return new Answer(choice, null);
	}

	public static Answer option(int number) {
		return new Answer(Choice.FOR, number);
	}

	/**
	 * Reads an answer as a form sends it: {@code FOR}, {@code AGAINST}, {@code ABSTAIN},
	 * {@code SPOILT} or {@code OPTION-n}.
	 * @param value the value sent
	 * @return the answer, or empty when the value is none of these
	 */
	public static Optional<Answer> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		if (value.startsWith(OPTION)) {
			try {
				int number = Integer.parseInt(value.substring(OPTION.length()));
				return (number >= 1) ? Optional.of(option(number)) : Optional.empty();
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		try {
			return Optional.of(of(Choice.valueOf(value)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The value a form sends for this answer.
	 * @return e.g. {@code FOR} or {@code OPTION-2}
	 */
	public String value() {
		return (this.option != null) ? OPTION + this.option : this.choice.name();
	}

	/**
	 * The answer as a voter reads it.
	 * @param options the ballot's options, empty for a motion
	 * @return e.g. {@code for}, {@code abstain} or {@code option 2, Jakarta}
	 */
	public String text(List<String> options) {
		if (this.option != null) {
			return "option " + this.option
					+ ((this.option <= options.size()) ? ", " + options.get(this.option - 1) : "");
		}
		return switch (this.choice) {
			case FOR -> "for";
			case AGAINST -> "against";
			case ABSTAIN -> "abstain";
			case SPOILT -> "spoilt";
		};
	}

}

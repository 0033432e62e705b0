package org.gavel.grievances.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * A question the complaints panel or the secretariat puts to a party of a case while it
 * investigates, with a deadline in working days. While a request to the complainant is
 * open the case waits for them, so its deadlines do not count as breached, and the
 * panel's decision deadline moves later by the working days it was open
 * ({@link ClockStop}).
 *
 * @param id its id
 * @param party whom it is put to
 * @param question what is asked
 * @param askedBy who asked: a panel member or one of the secretariat
 * @param askedAt when
 * @param answerBy when the answer is due
 * @param answer the answer, once given
 * @param withdrawal its withdrawal, if it was withdrawn unanswered
 */
public record InformationRequest(UUID id, Party party, String question, String askedBy, Instant askedAt,
		Instant answerBy, Optional<Answer> answer, Optional<Withdrawal> withdrawal) {

	/** The longest question, in characters. */
	public static final int MAX_QUESTION = 4000;

	/** The longest answer, in characters. */
	public static final int MAX_ANSWER = 20_000;

	/** The most working days a party may be given to answer. */
	public static final int MAX_DAYS = 60;

	/**
	 * Reads a request as the form gave it.
	 * @param party {@code complainant} or {@code respondent}
	 * @param question what is asked, required
	 * @param days working days to answer, 1 to {@link #MAX_DAYS}
	 * @return the request to put, or the refusal by its fields
	 */
	public static Outcome<Asked> ask(String party, String question, String days) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<Party> to = Party.of(party);
		if (to.isEmpty()) {
			problems.put("party", "choose the complainant or the respondent");
		}
		String asked = (question == null) ? "" : question.strip();
		if (asked.isEmpty()) {
			problems.put("question", "is required: say what the party is asked");
		}
		else if (asked.length() > MAX_QUESTION) {
			problems.put("question",
					"must be at most " + MAX_QUESTION + " characters long (it has " + asked.length() + ")");
		}
		int within = 0;
		try {
			within = Integer.parseInt((days == null) ? "" : days.strip());
			if (within < 1) {
				problems.put("days", "must be 1 working day or more: the answer cannot be due today or in the past");
			}
			else if (within > MAX_DAYS) {
				problems.put("days", "must be at most " + MAX_DAYS + " working days");
			}
		}
		catch (NumberFormatException ex) {
			problems.put("days", "is not a number of working days");
		}
		if (!problems.isEmpty()) {
			return Outcome.refused(Refusal.ofFields(problems));
		}
		return Outcome.accepted(new Asked(to.get(), asked, within));
	}

	/**
	 * Reads an answer as the party typed it.
	 * @param text the answer
	 * @return the answer, or the refusal by the field {@code answer}
	 */
	public static Outcome<String> answerText(String text) {
		String answer = (text == null) ? "" : text.strip();
		if (answer.isEmpty()) {
			return Outcome.refused("answer", "is required: answer the question");
		}
		if (answer.length() > MAX_ANSWER) {
			return Outcome.refused("answer",
					"must be at most " + MAX_ANSWER + " characters long (it has " + answer.length() + ")");
		}
		return Outcome.accepted(answer);
	}

	/** Whether it still waits for its answer. */
	public boolean isOpen() {
		return this.answer.isEmpty() && this.withdrawal.isEmpty();
	}

	/**
	 * Checks the request waits for an answer from a party.
	 * @param from the party answering
	 * @return this, or why not
	 */
	public Outcome<InformationRequest> openTo(Party from) {
		if (this.party != from) {
			return Outcome.refused("This question was not put to " + from.label() + ".");
		}
		return open();
	}

	/**
	 * Checks the request still waits for an answer, as answering or withdrawing it needs.
	 * @return this, or why not
	 */
	public Outcome<InformationRequest> open() {
		if (this.answer.isPresent()) {
			return Outcome.refused("This question was answered already.");
		}
		return Outcome.when(this.withdrawal.isEmpty(), this, () -> Refusal.of("This question was withdrawn."));
	}

	/**
	 * Whether its answer is late.
	 * @param now the time now
	 * @return whether it is open past its deadline
	 */
	public boolean overdue(Instant now) {
		return isOpen() && !now.isBefore(this.answerBy);
	}

	/**
	 * The stop of the decision clock this request made, once it closed.
	 * @return the stop, for a closed request to the complainant; else empty
	 */
	public Optional<ClockStop> clockStop() {
		if (this.party != Party.COMPLAINANT) {
			return Optional.empty();
		}
		return this.answer.map(Answer::at)
			.or(() -> this.withdrawal.map(Withdrawal::at))
			.map((closed) -> new ClockStop(this.askedAt, closed));
	}

	/**
	 * The same request, answered.
	 * @param answer the answer
	 * @return the closed request
	 */
	public InformationRequest answered(Answer answer) {
		return new InformationRequest(this.id, this.party, this.question, this.askedBy, this.askedAt, this.answerBy,
				Optional.of(answer), this.withdrawal);
	}

	/**
	 * The same request, withdrawn.
	 * @param withdrawal who withdrew it, when
	 * @return the closed request
	 */
	public InformationRequest withdrawn(Withdrawal withdrawal) {
		return new InformationRequest(this.id, this.party, this.question, this.askedBy, this.askedAt, this.answerBy,
				this.answer, Optional.of(withdrawal));
	}

	/** Whom a request is put to. */
	public enum Party {

		COMPLAINANT("the complainant"), RESPONDENT("the respondent");

		private final String label;

		Party(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		/** The form's value, e.g. {@code complainant}. */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Optional<Party> of(String value) {
			return Arrays.stream(values()).filter((party) -> party.value().equals(value)).findFirst();
		}

	}

	/**
	 * A request as it is put.
	 *
	 * @param party whom to
	 * @param question what is asked
	 * @param days working days to answer
	 */
	public record Asked(Party party, String question, int days) {

	}

	/**
	 * An answer.
	 *
	 * @param text what the party answered
	 * @param by who: a representative's username, or {@code complainant}
	 * @param at when
	 */
	public record Answer(String text, String by, Instant at) {

	}

	/**
	 * A withdrawal of an unanswered request.
	 *
	 * @param by who withdrew it
	 * @param at when
	 */
	public record Withdrawal(String by, Instant at) {

	}

}

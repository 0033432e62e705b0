package org.gavel.system;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What came of a use case: accepted with its result, or refused with a {@link Refusal}
 * and nothing written. Every use case returns one; only adapters (controllers, process
 * steps, task listeners) turn a refusal into a page, a problem or a rolled-back task.
 *
 * @param <T> the result when accepted
 */
public sealed interface Outcome<T> {

	/**
	 * Accepted.
	 *
	 * @param value the result
	 * @param <T> its type
	 */
	record Accepted<T>(T value) implements Outcome<T> {

	}

	/**
	 * Refused, nothing written.
	 *
	 * @param refusal why
	 * @param <T> the result it would have had
	 */
	record Refused<T>(Refusal refusal) implements Outcome<T> {

	}

	static <T> Outcome<T> accepted(T value) {
		return new Accepted<>(value);
	}

	/**
	 * Accepted, with nothing more to say.
	 * @return the outcome
	 */
	static Outcome<Done> done() {
		return new Accepted<>(Done.DONE);
	}

	static <T> Outcome<T> refused(Refusal refusal) {
		return new Refused<>(refusal);
	}

	static <T> Outcome<T> refused(String reason) {
		return new Refused<>(Refusal.of(reason));
	}

	static <T> Outcome<T> refused(String field, String reason) {
		return new Refused<>(Refusal.of(field, reason));
	}

	/**
	 * Accepted with a value when the condition holds, else refused.
	 * @param condition whether to accept
	 * @param value the value
	 * @param refusal the refusal otherwise
	 * @param <T> the value's type
	 * @return the outcome
	 */
	static <T> Outcome<T> when(boolean condition, T value, Supplier<Refusal> refusal) {
		return condition ? accepted(value) : refused(refusal.get());
	}

	/**
	 * Goes on with the next step when accepted; a refusal passes through.
	 * @param next the next step
	 * @param <U> its result
	 * @return the next step's outcome, or this refusal
	 */
	default <U> Outcome<U> then(Function<? super T, Outcome<U>> next) {
		if (this instanceof Accepted<T> accepted) {
			return next.apply(accepted.value());
		}
		return new Refused<>(((Refused<T>) this).refusal());
	}

	/**
	 * Checks the accepted value further, keeping it when the check passes.
	 * @param check a check of the value
	 * @return this outcome, or the check's refusal
	 */
	default Outcome<T> check(Function<? super T, Outcome<?>> check) {
		return then((value) -> check.apply(value).then((passed) -> accepted(value)));
	}

	default <U> Outcome<U> map(Function<? super T, ? extends U> mapping) {
		return then((value) -> accepted(mapping.apply(value)));
	}

	/**
	 * Turns the outcome into one answer, as an adapter does: a page, a response.
	 * @param accepted the answer to a result
	 * @param refused the answer to a refusal
	 * @param <R> the answer
	 * @return the answer
	 */
	default <R> R fold(Function<? super T, ? extends R> accepted, Function<Refusal, ? extends R> refused) {
		if (this instanceof Accepted<T> done) {
			return accepted.apply(done.value());
		}
		return refused.apply(((Refused<T>) this).refusal());
	}

	default boolean isAccepted() {
		return this instanceof Accepted<T>;
	}

	/**
	 * The result, or the refusal raised as the exception an adapter chooses.
	 * @param raise what to throw on a refusal
	 * @return the result
	 */
	default T orElseThrow(Function<Refusal, ? extends RuntimeException> raise) {
		if (this instanceof Accepted<T> accepted) {
			return accepted.value();
		}
		throw raise.apply(((Refused<T>) this).refusal());
	}

	/**
	 * The result of an outcome that cannot be refused here: a refusal is a bug, raised as
	 * one (a process step then fails into an incident an operator sees).
	 * @return the result
	 * @throws IllegalStateException naming the refusal
	 */
	default T orElseThrow() {
		return orElseThrow((refusal) -> new IllegalStateException("unexpectedly refused: " + refusal.message()));
	}

	/**
	 * Does something with the result, if accepted: what follows a use case outside its
	 * transaction, such as a mail.
	 * @param action what to do
	 * @return this outcome
	 */
	default Outcome<T> ifAccepted(Consumer<? super T> action) {
		if (this instanceof Accepted<T> accepted) {
			action.accept(accepted.value());
		}
		return this;
	}

	/**
	 * Does something with a refusal, if it is one.
	 * @param action what to do
	 */
	default void ifRefused(Consumer<Refusal> action) {
		if (this instanceof Refused<T> refused) {
			action.accept(refused.refusal());
		}
	}

	/** The result of a use case that has nothing to return but its acceptance. */
	enum Done {

		DONE

	}

}

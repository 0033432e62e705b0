package org.gavel.system;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work that returns an {@link Outcome} in a transaction that commits only if the
 * outcome is accepted: a refusal found half-way (after some rows were written) leaves
 * nothing behind. A returned refusal is not an exception, so {@code @Transactional} alone
 * would commit it.
 */
public final class RefusalsRollBack {

	private RefusalsRollBack() {
	}

	/**
	 * Runs the work in a new or the current transaction, marked for rollback on a
	 * refusal.
	 * @param <T> the accepted result
	 * @param transactions the transaction template
	 * @param work the work
	 * @return its outcome
	 */
	public static <T> Outcome<T> in(TransactionTemplate transactions, Supplier<Outcome<T>> work) {
		return transactions.execute((status) -> {
			Outcome<T> outcome = work.get();
			outcome.ifRefused((refused) -> status.setRollbackOnly());
			return outcome;
		});
	}

}

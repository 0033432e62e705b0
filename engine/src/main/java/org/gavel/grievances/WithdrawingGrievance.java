package org.gavel.grievances;

import java.time.Clock;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.gavel.system.RefusalsRollBack;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complainant withdraws their case, at any stage before it ends or is decided.
 */
@Service
public class WithdrawingGrievance {

	private final Grievances grievances;

	private final Clock clock;

	private final TransactionTemplate transactions;

	WithdrawingGrievance(Grievances grievances, Clock clock, TransactionTemplate transactions) {
		this.grievances = grievances;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Withdraws a case.
	 * @param withdrawal the case its complainant opened, and why
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> withdraw(Withdrawal withdrawal) {
		return RefusalsRollBack.in(this.transactions,
				() -> this.grievances.found(withdrawal.number())
					.then((grievance) -> grievance.open())
					.then((grievance) -> Outcome.when(!grievance.stage().decided(), grievance,
							() -> Refusal.of("Case " + grievance.number() + " is " + grievance.stage().label()
									+ ": a decided grievance is not withdrawn; it can be appealed within its window.")))
					.then((grievance) -> {
						this.grievances.stage(grievance.id(), Stage.WITHDRAWN);
						this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.WITHDRAWN,
								FilingGrievance.COMPLAINANT, withdrawal.reason());
						GrievanceLog.WITHDRAWN.log(withdrawal.number());
						return Outcome.done();
					}));
	}

	/**
	 * A withdrawal.
	 *
	 * @param number the case its complainant opened
	 * @param reason why, or {@code null}
	 */
	public record Withdrawal(CaseNumber number, String reason) {

	}

}

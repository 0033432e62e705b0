package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.WithdrawingGrievance;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/** "Record the withdrawal": the complainant's message ends whatever was open. */
@Component("recordWithdrawalStep")
class RecordWithdrawalStep implements JavaDelegate {

	private final WithdrawingGrievance withdrawing;

	RecordWithdrawalStep(WithdrawingGrievance withdrawing) {
		this.withdrawing = withdrawing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.withdrawing
			.withdraw(new WithdrawingGrievance.Withdrawal(GrievanceProcess.caseNumber(execution),
					GrievanceProcess.WITHDRAWAL_REASON.optional(execution).orElse(null)))
			.orElseThrow(InputRefusedException::new);
	}

}

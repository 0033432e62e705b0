package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.WithdrawingProposal;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/** "Record the withdrawal": the applicant withdrew the proposal before the deadline. */
@Component("withdrawProposalStep")
class WithdrawProposalStep implements JavaDelegate {

	private final WithdrawingProposal withdrawing;

	WithdrawProposalStep(WithdrawingProposal withdrawing) {
		this.withdrawing = withdrawing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.withdrawing.record(ProposalProcess.reference(execution)).orElseThrow(InputRefusedException::new);
	}

}

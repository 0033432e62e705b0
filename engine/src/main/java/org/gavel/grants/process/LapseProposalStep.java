package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.ClosingSubmissions;

import org.springframework.stereotype.Component;

/** "Record it as not submitted": the deadline caught the proposal as a draft. */
@Component("lapseProposalStep")
class LapseProposalStep implements JavaDelegate {

	private final ClosingSubmissions closing;

	private final CallSettlement settlement;

	LapseProposalStep(ClosingSubmissions closing, CallSettlement settlement) {
		this.closing = closing;
		this.settlement = settlement;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.closing.lapse(ProposalProcess.reference(execution)).orElseThrow();
		this.settlement.tell(execution);
	}

}

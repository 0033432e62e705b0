package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.ScreeningProposal;

import org.springframework.stereotype.Component;

/** "Tell the applicant": the proposal is not eligible, and why. */
@Component("notifyIneligibleStep")
class NotifyIneligibleStep implements JavaDelegate {

	private final ScreeningProposal screening;

	private final CallSettlement settlement;

	NotifyIneligibleStep(ScreeningProposal screening, CallSettlement settlement) {
		this.screening = screening;
		this.settlement = settlement;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.screening.notifyIneligible(ProposalProcess.reference(execution)).orElseThrow();
		this.settlement.tell(execution);
	}

}

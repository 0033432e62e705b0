package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.ScreeningProposal;

import org.springframework.stereotype.Component;

/** "Tell the applicant": the proposal is not eligible, and why. */
@Component("notifyIneligibleStep")
class NotifyIneligibleStep implements JavaDelegate {

	private final ScreeningProposal screening;

	NotifyIneligibleStep(ScreeningProposal screening) {
		this.screening = screening;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.screening.notifyIneligible(ProposalProcess.reference(execution)).orElseThrow();
	}

}

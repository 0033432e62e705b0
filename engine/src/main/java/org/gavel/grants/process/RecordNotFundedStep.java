package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.FundingGrants;

import org.springframework.stereotype.Component;

/** "Record it as not funded": the pledges did not cover the grant by the deadline. */
@Component("recordNotFundedStep")
class RecordNotFundedStep implements JavaDelegate {

	private final FundingGrants funding;

	RecordNotFundedStep(FundingGrants funding) {
		this.funding = funding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.funding.lapse(ProposalProcess.reference(execution)).orElseThrow();
	}

}

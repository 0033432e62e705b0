package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.FundingGrants;

import org.springframework.stereotype.Component;

/** "Offer the grant to the funding members": their people are mailed. */
@Component("offerFundingStep")
class OfferFundingStep implements JavaDelegate {

	private final FundingGrants funding;

	OfferFundingStep(FundingGrants funding) {
		this.funding = funding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.funding.announce(ProposalProcess.reference(execution)).orElseThrow();
	}

}

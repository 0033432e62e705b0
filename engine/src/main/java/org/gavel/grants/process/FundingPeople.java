package org.gavel.grants.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gavel.grants.FundingGrants;

import org.springframework.stereotype.Component;

/**
 * The candidates of "Pledge funding" ({@code ${fundingPeople.of(execution)}}): the people
 * of the funding member organisations.
 */
@Component("fundingPeople")
public class FundingPeople {

	private final FundingGrants funding;

	FundingPeople(FundingGrants funding) {
		this.funding = funding;
	}

	/**
	 * Who may pledge.
	 * @param execution the proposal's instance
	 * @return their usernames
	 */
	public List<String> of(DelegateExecution execution) {
		return this.funding.fundingMembers();
	}

}

package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gavel.grants.RankingProposals;
import org.gavel.grants.model.Reference;

import org.springframework.stereotype.Component;

/**
 * A proposal's process reached its end (not submitted, not eligible, scored): if it was
 * the last of its closed call to settle, the call's process hears
 * {@value RfpProcess#PROPOSALS_SETTLED} and the ranking opens.
 */
@Component
class CallSettlement {

	private final RankingProposals ranking;

	CallSettlement(RankingProposals ranking) {
		this.ranking = ranking;
	}

	void tell(DelegateExecution proposal) {
		Reference rfp = ProposalProcess.reference(proposal).call();
		if (this.ranking.settled(rfp)) {
			proposal.getProcessEngineServices()
				.getRuntimeService()
				.createMessageCorrelation(RfpProcess.PROPOSALS_SETTLED)
				.processInstanceBusinessKey(rfp.toString())
				.correlateAllWithResult();
		}
	}

}

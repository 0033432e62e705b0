package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.RankingProposals;

import org.springframework.stereotype.Component;

/** "Open the ranking": every proposal is settled; the chair is mailed. */
@Component("openRankingStep")
class OpenRankingStep implements JavaDelegate {

	private final RankingProposals ranking;

	OpenRankingStep(RankingProposals ranking) {
		this.ranking = ranking;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.ranking.open(RfpProcess.reference(execution)).orElseThrow();
	}

}

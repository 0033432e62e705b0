package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.ScoringProposal;

import org.springframework.stereotype.Component;

/** "Record it as scored": every assigned evaluator has scored the proposal. */
@Component("recordScoredStep")
class RecordScoredStep implements JavaDelegate {

	private final ScoringProposal scoring;

	private final CallSettlement settlement;

	RecordScoredStep(ScoringProposal scoring, CallSettlement settlement) {
		this.scoring = scoring;
		this.settlement = settlement;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.scoring.scored(ProposalProcess.reference(execution)).orElseThrow();
		this.settlement.tell(execution);
	}

}

package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.ClosingSubmissions;
import org.gavel.grants.RankingProposals;
import org.gavel.grants.model.Call;

import org.springframework.stereotype.Component;

/**
 * "Close submissions": the RFP closes, and every one of its proposals' processes hears
 * {@value ProposalProcess#SUBMISSIONS_CLOSED}: drafts lapse, submitted proposals are
 * screened (each in its own job).
 */
@Component("closeSubmissionsStep")
class CloseSubmissionsStep implements JavaDelegate {

	private final ClosingSubmissions closing;

	private final RankingProposals ranking;

	CloseSubmissionsStep(ClosingSubmissions closing, RankingProposals ranking) {
		this.closing = closing;
		this.ranking = ranking;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Call call = this.closing.close(RfpProcess.reference(execution)).orElseThrow();
		execution.getProcessEngineServices()
			.getRuntimeService()
			.createMessageCorrelation(ProposalProcess.SUBMISSIONS_CLOSED)
			.processInstanceVariableEquals(ProposalProcess.RFP_ID.name(), call.id().toString())
			.correlateAllWithResult();
		RfpProcess.SETTLED.set(execution, this.ranking.settled(call.reference()));
	}

}

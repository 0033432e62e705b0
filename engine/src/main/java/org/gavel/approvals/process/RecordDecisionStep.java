package org.gavel.approvals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.approvals.DecidingItem;
import org.gavel.approvals.model.ChairDecision;
import org.gavel.approvals.model.Decision;

import org.springframework.stereotype.Component;

/**
 * Records the decision from the path the process took: consensus, the seat vote, the
 * chair.
 */
@Component("recordDecisionStep")
class RecordDecisionStep implements JavaDelegate {

	private final DecidingItem deciding;

	RecordDecisionStep(DecidingItem deciding) {
		this.deciding = deciding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Decision decision = this.deciding.decide(new DecidingItem.Decide(EcApprovalProcess.APPROVAL_ID.from(execution),
				EcApprovalProcess.CONSENSUS.from(execution),
				EcApprovalProcess.VOTE_OUTCOME.optional(execution).orElse(null),
				EcApprovalProcess.CHAIR_DECISION.optional(execution).flatMap(ChairDecision::ofValue).orElse(null)));
		EcApprovalProcess.DECISION.set(execution, decision.status());
	}

}

package org.gavel.approvals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.approvals.AssessingRound;

import org.springframework.stereotype.Component;

/**
 * Assesses the round; without consensus, keeps the seat vote's roll for the call.
 */
@Component("assessRoundStep")
class AssessRoundStep implements JavaDelegate {

	private final AssessingRound assessing;

	AssessRoundStep(AssessingRound assessing) {
		this.assessing = assessing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		AssessingRound.Assessed assessed = this.assessing
			.assess(new AssessingRound.AssessRound(EcApprovalProcess.APPROVAL_ID.from(execution),
					EcApprovalProcess.CLOSED_BY.optional(execution).orElse(null)));
		EcApprovalProcess.CLOSED_BY.remove(execution);
		EcApprovalProcess.CONSENSUS.set(execution, assessed.assessment().consensus());
		EcApprovalProcess.VOTE_ROLL_ID.set(execution, assessed.voteRollId());
	}

}

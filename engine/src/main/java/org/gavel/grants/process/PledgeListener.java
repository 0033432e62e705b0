package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grants.FundingGrants;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * "Pledge funding", completed: the pledge is recorded for the organisation of whoever
 * completed the task; the process learns whether the grant is covered.
 */
@Component("pledgeListener")
class PledgeListener implements TaskListener {

	private final FundingGrants funding;

	PledgeListener(FundingGrants funding) {
		this.funding = funding;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean covered = this.funding
			.pledge(new FundingGrants.Pledging(ProposalProcess.reference(task), task.getAssignee(),
					ProposalProcess.AMOUNT.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
		ProposalProcess.COVERED.set(task.getExecution().getProcessInstance(), covered);
	}

}

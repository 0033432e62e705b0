package org.gavel.approvals.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.approvals.DecidingAsChair;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * Records the chair's decision when their task completes; a refusal rolls the completion
 * back with the reason.
 */
@Component("chairDecisionListener")
class ChairDecisionListener implements TaskListener {

	private final DecidingAsChair deciding;

	ChairDecisionListener(DecidingAsChair deciding) {
		this.deciding = deciding;
	}

	@Override
	public void notify(DelegateTask task) {
		this.deciding
			.decide(new DecidingAsChair.ChairDecides(EcApprovalProcess.APPROVAL_ID.from(task), task.getAssignee(),
					EcApprovalProcess.CHAIR_DECISION.optional(task).orElse(null),
					EcApprovalProcess.CHAIR_COMMENTS.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
	}

}

package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grants.ScreeningProposal;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * "Confirm or override the screening", completed: the secretariat's decision and reason
 * are recorded with the proposal, as the person who completed the task.
 */
@Component("reviewScreeningListener")
class ReviewScreeningListener implements TaskListener {

	private final ScreeningProposal screening;

	ReviewScreeningListener(ScreeningProposal screening) {
		this.screening = screening;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean eligible = this.screening
			.review(new ScreeningProposal.Review(ProposalProcess.reference(task), ProposalProcess.DECISION.from(task),
					ProposalProcess.REASON.optional(task).orElse(null), task.getAssignee()))
			.orElseThrow(InputRefusedException::new);
		ProposalProcess.ELIGIBLE.set(task.getExecution().getProcessInstance(), eligible);
	}

}

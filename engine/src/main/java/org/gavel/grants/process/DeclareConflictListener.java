package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grants.DeclaringInterest;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * "Declare any conflict of interest", completed: the declaration is recorded as the
 * evaluator's whose task it is.
 */
@Component("declareConflictListener")
class DeclareConflictListener implements TaskListener {

	private final DeclaringInterest declaring;

	DeclareConflictListener(DeclaringInterest declaring) {
		this.declaring = declaring;
	}

	@Override
	public void notify(DelegateTask task) {
		this.declaring
			.declare(new DeclaringInterest.Declaration(ProposalProcess.reference(task), task.getAssignee(),
					ProposalProcess.CONFLICT.optional(task).orElse(null),
					ProposalProcess.REASON.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
	}

}

package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grants.AddingEvaluator;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * "Add an evaluator", completed: the secretariat's choice joins the proposal's panel, as
 * added by the person who completed the task.
 */
@Component("addEvaluatorListener")
class AddEvaluatorListener implements TaskListener {

	private final AddingEvaluator adding;

	AddEvaluatorListener(AddingEvaluator adding) {
		this.adding = adding;
	}

	@Override
	public void notify(DelegateTask task) {
		this.adding
			.add(new AddingEvaluator.Addition(ProposalProcess.reference(task),
					ProposalProcess.EVALUATOR.optional(task).orElse(null), task.getAssignee()))
			.orElseThrow(InputRefusedException::new);
	}

}

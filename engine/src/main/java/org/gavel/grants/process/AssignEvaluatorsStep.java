package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.AssigningEvaluators;

import org.springframework.stereotype.Component;

/** "Assign the evaluators": among those who declared no conflict. */
@Component("assignEvaluatorsStep")
class AssignEvaluatorsStep implements JavaDelegate {

	private final AssigningEvaluators assigning;

	AssignEvaluatorsStep(AssigningEvaluators assigning) {
		this.assigning = assigning;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ProposalProcess.EVALUATORS_COMPLETE.set(execution,
				this.assigning.assign(ProposalProcess.reference(execution)).orElseThrow().complete());
	}

}

package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grievances.CheckingCompleteness;
import org.gavel.grievances.model.Completeness;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * Completing "Check the grievance is complete": the check, and the way the process goes
 * on.
 */
@Component("completenessListener")
class CompletenessListener implements TaskListener {

	private final CheckingCompleteness checking;

	CompletenessListener(CheckingCompleteness checking) {
		this.checking = checking;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean complete = GrievanceProcess.COMPLETENESS.from(task) == Completeness.COMPLETE;
		boolean found = this.checking
			.check(new CheckingCompleteness.Check(GrievanceProcess.caseNumber(task), task.getAssignee(), complete,
					GrievanceProcess.MISSING.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
		GrievanceProcess.COMPLETE.set(task.getExecution().getProcessInstance(), found);
	}

}

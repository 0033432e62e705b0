package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.RemindingRespondent;

import org.springframework.stereotype.Component;

/** "Remind the respondent", before its reply is due. */
@Component("remindRespondentStep")
class RemindRespondentStep implements JavaDelegate {

	private final RemindingRespondent reminding;

	RemindRespondentStep(RemindingRespondent reminding) {
		this.reminding = reminding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.reminding.remind(GrievanceProcess.caseNumber(execution)).orElseThrow();
	}

}

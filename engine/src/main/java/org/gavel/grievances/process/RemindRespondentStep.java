package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.NotifyingRespondent;

import org.springframework.stereotype.Component;

/** "Remind the respondent", before its reply is due. */
@Component("remindRespondentStep")
class RemindRespondentStep implements JavaDelegate {

	private final NotifyingRespondent notifying;

	RemindRespondentStep(NotifyingRespondent notifying) {
		this.notifying = notifying;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.notifying.remind(GrievanceProcess.caseNumber(execution)).orElseThrow();
	}

}

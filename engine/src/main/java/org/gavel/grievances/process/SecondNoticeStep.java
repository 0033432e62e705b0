package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.NotifyingRespondent;

import org.springframework.stereotype.Component;

/** "Send the second notice", once the reply is overdue. */
@Component("secondNoticeStep")
class SecondNoticeStep implements JavaDelegate {

	private final NotifyingRespondent notifying;

	SecondNoticeStep(NotifyingRespondent notifying) {
		this.notifying = notifying;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.notifying.secondNotice(GrievanceProcess.caseNumber(execution)).orElseThrow();
	}

}

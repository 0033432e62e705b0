package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.SendingSecondNotice;

import org.springframework.stereotype.Component;

/** "Send the second notice", once the reply is overdue. */
@Component("secondNoticeStep")
class SecondNoticeStep implements JavaDelegate {

	private final SendingSecondNotice sending;

	SecondNoticeStep(SendingSecondNotice sending) {
		this.sending = sending;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.sending.send(GrievanceProcess.caseNumber(execution)).orElseThrow();
	}

}

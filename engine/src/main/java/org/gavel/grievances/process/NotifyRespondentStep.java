package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.NotifyingRespondent;

import org.springframework.stereotype.Component;

/**
 * "Ask the respondent to reply": sets the dates the reply's timers wait for and who may
 * reply.
 */
@Component("notifyRespondentStep")
class NotifyRespondentStep implements JavaDelegate {

	private final NotifyingRespondent notifying;

	NotifyRespondentStep(NotifyingRespondent notifying) {
		this.notifying = notifying;
	}

	@Override
	public void execute(DelegateExecution execution) {
		NotifyingRespondent.ReplyRequest request = this.notifying.notify(GrievanceProcess.caseNumber(execution))
			.orElseThrow();
		GrievanceProcess.REPLY_REMINDER_AT.set(execution, request.remindAt());
		GrievanceProcess.REPLY_BY.set(execution, request.replyBy());
		GrievanceProcess.FINAL_REPLY_BY.set(execution, request.lastDay());
		GrievanceProcess.REPLY_FROM.set(execution, String.join(",", request.from()));
	}

}

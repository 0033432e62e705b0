package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.NotifyingRespondent;

import org.springframework.stereotype.Component;

/** "Record the silence": the panel decides without a reply, by a deadline. */
@Component("replyLapsedStep")
class ReplyLapsedStep implements JavaDelegate {

	private final NotifyingRespondent notifying;

	ReplyLapsedStep(NotifyingRespondent notifying) {
		this.notifying = notifying;
	}

	@Override
	public void execute(DelegateExecution execution) {
		GrievanceProcess.DECIDE_BY.set(execution,
				this.notifying.lapse(GrievanceProcess.caseNumber(execution)).orElseThrow());
	}

}

package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.RecordingSilence;

import org.springframework.stereotype.Component;

/** "Record the silence": the panel decides without a reply, by a deadline. */
@Component("replyLapsedStep")
class ReplyLapsedStep implements JavaDelegate {

	private final RecordingSilence recording;

	ReplyLapsedStep(RecordingSilence recording) {
		this.recording = recording;
	}

	@Override
	public void execute(DelegateExecution execution) {
		GrievanceProcess.DECIDE_BY.set(execution,
				this.recording.record(GrievanceProcess.caseNumber(execution)).orElseThrow());
	}

}

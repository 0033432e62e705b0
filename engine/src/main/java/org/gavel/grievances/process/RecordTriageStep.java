package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.gavel.grievances.RecordingTriage;
import org.gavel.grievances.model.Triage;

import org.springframework.stereotype.Component;

/** "Record the triage": the decision table's answer, kept in the case's history. */
@Component("recordTriageStep")
class RecordTriageStep implements JavaDelegate {

	private final RecordingTriage recording;

	RecordTriageStep(RecordingTriage recording) {
		this.recording = recording;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.recording.record(new RecordingTriage.Proposal(GrievanceProcess.caseNumber(execution), proposed(execution)))
			.orElseThrow();
	}

	/**
	 * The triage table's answer in an instance.
	 * @param scope the execution or task
	 * @return the proposal
	 */
	static Triage proposed(VariableScope scope) {
		return GrievanceProcess.TRIAGE.from(scope);
	}

}

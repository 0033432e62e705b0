package org.gavel.grievances.process;

import java.util.Map;

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
		this.recording.record(GrievanceProcess.caseNumber(execution), proposed(execution)).orElseThrow();
	}

	/**
	 * The triage table's answer in an instance.
	 * @param scope the execution or task
	 * @return the proposal
	 */
	static Triage proposed(VariableScope scope) {
		Object result = scope.getVariable(GrievanceProcess.TRIAGE);
		if (!(result instanceof Map<?, ?> triage)) {
			throw new IllegalStateException("the triage table gave no single result: " + result);
		}
		return Triage.of(text(triage.get("admissibility")), text(triage.get("risk")), text(triage.get("reason")))
			.orElseThrow();
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}

package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.approvals.model.Status;
import org.gavel.grievances.RecordingSanction;

import org.springframework.stereotype.Component;

/**
 * "Record the EC's ruling": an approved suspension or termination is put into force
 * against the respondent's membership; the parties are told either way.
 */
@Component("recordSanctionStep")
class RecordSanctionStep implements JavaDelegate {

	private final RecordingSanction recording;

	RecordSanctionStep(RecordingSanction recording) {
		this.recording = recording;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.recording
			.record(new RecordingSanction.Ruling(GrievanceProcess.caseNumber(execution),
					GrievanceProcess.SANCTION_APPROVAL_ID.from(execution),
					GrievanceProcess.SANCTION_DECISION.from(execution) == Status.APPROVED))
			.orElseThrow();
	}

}

package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.gavel.approvals.model.Item;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.grievances.RecordingSanction;
import org.gavel.grievances.model.CaseNumber;

import org.springframework.stereotype.Component;

/**
 * The sanction's call of {@code EcApprovalProcess}: an item of type SANCTION about the
 * case ({@code grievance:<number>}), in one review round (approved or rejected, never
 * returned for revision), submitted in the name of the panel member who recorded the
 * decision in force, concerning the respondent (whose seat holders are recused); the
 * approval's id and decision come back.
 */
@Component("sanctionApprovalMapping")
class SanctionApprovalMapping implements DelegateVariableMapping {

	private final RecordingSanction recording;

	SanctionApprovalMapping(RecordingSanction recording) {
		this.recording = recording;
	}

	@Override
	public void mapInputVariables(DelegateExecution grievance, VariableMap approval) {
		CaseNumber number = GrievanceProcess.caseNumber(grievance);
		String submittedBy = GrievanceProcess.APPEAL_DECIDED_BY.optional(grievance)
			.orElseGet(() -> GrievanceProcess.DECIDED_BY.from(grievance));
		RecordingSanction.Referred referred = this.recording.referred(number).orElseThrow();
		new EcApprovalProcess.Input(
				new Item(ItemType.SANCTION, referred.title(), RecordingSanction.SUBJECT + number, 1, null, submittedBy),
				1, null, referred.respondent())
			.writeTo(approval);
	}

	@Override
	public void mapOutputVariables(DelegateExecution grievance, VariableScope approval) {
		EcApprovalProcess.Output out = EcApprovalProcess.Output.of(approval);
		GrievanceProcess.SANCTION_APPROVAL_ID.set(grievance, out.approvalId());
		GrievanceProcess.SANCTION_DECISION.set(grievance, out.decision());
	}

}

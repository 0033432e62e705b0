package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.gavel.approvals.model.Item;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.model.Status;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.grants.DraftingRfp;
import org.gavel.grants.ReadingCalls;
import org.gavel.grants.model.Call;

import org.springframework.stereotype.Component;

/**
 * The RFP's call of {@code EcApprovalProcess}: an item of type RFP about the RFP
 * ({@code rfp:<id>}), submitted in its chair's name, revised on form {@code rfp-revision}
 * when the EC returns it; the approval's id and decision come back.
 */
@Component("rfpApprovalMapping")
class RfpApprovalMapping implements DelegateVariableMapping {

	private final ReadingCalls calls;

	RfpApprovalMapping(ReadingCalls calls) {
		this.calls = calls;
	}

	@Override
	public void mapInputVariables(DelegateExecution rfp, VariableMap approval) {
		Call call = this.calls.call(RfpProcess.reference(rfp)).orElseThrow();
		new EcApprovalProcess.Input(
				new Item(ItemType.RFP, "Request for proposals " + call.reference() + ": " + call.rfp().title(),
						DraftingRfp.SUBJECT + call.id(), call.version(), call.workingGroup(), call.draftedBy()),
				null, "rfp-revision")
			.writeTo(approval);
	}

	@Override
	public void mapOutputVariables(DelegateExecution rfp, VariableScope approval) {
		EcApprovalProcess.Output out = EcApprovalProcess.Output.of(approval);
		RfpProcess.APPROVAL_ID.set(rfp, out.approvalId());
		RfpProcess.DECISION.set(rfp, out.decision());
		RfpProcess.APPROVED.set(rfp, out.decision() == Status.APPROVED);
	}

}

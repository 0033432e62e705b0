package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.gavel.approvals.model.Item;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.model.Status;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.grants.AwardingGrants;
import org.gavel.grants.ReadingCalls;
import org.gavel.grants.model.Call;

import org.springframework.stereotype.Component;

/**
 * The award's call of {@code EcApprovalProcess}: an item of type AWARD about
 * {@code award:<rfp id>}, in the chair's name, from which every EC seat of an applying
 * member organisation is recused; revised on form {@code recommendation}.
 */
@Component("awardApprovalMapping")
class AwardApprovalMapping implements DelegateVariableMapping {

	private final ReadingCalls calls;

	private final AwardingGrants awarding;

	AwardApprovalMapping(ReadingCalls calls, AwardingGrants awarding) {
		this.calls = calls;
		this.awarding = awarding;
	}

	@Override
	public void mapInputVariables(DelegateExecution rfp, VariableMap approval) {
		Call call = this.calls.call(RfpProcess.reference(rfp)).orElseThrow();
		new EcApprovalProcess.Input(new Item(ItemType.AWARD,
				"Grant award " + call.reference() + ": " + call.rfp().title(), AwardingGrants.SUBJECT + call.id(),
				this.awarding.version(call), call.workingGroup(), call.draftedBy()), null, "recommendation",
				this.awarding.applyingMembers(call))
			.writeTo(approval);
	}

	@Override
	public void mapOutputVariables(DelegateExecution rfp, VariableScope approval) {
		EcApprovalProcess.Output out = EcApprovalProcess.Output.of(approval);
		RfpProcess.AWARD_APPROVAL_ID.set(rfp, out.approvalId());
		RfpProcess.AWARDED.set(rfp, out.decision() == Status.APPROVED);
	}

}

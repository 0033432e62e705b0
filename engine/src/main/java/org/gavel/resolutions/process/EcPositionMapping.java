package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.gavel.approvals.model.Item;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.resolutions.ReadingResolutions;
import org.gavel.resolutions.model.Resolution;

import org.springframework.stereotype.Component;

/**
 * The EC position's call of {@code EcApprovalProcess}: one review round on the admitted
 * resolution, submitted in its proposer's name; the approval's decision and chair come
 * back.
 */
@Component("ecPositionMapping")
class EcPositionMapping implements DelegateVariableMapping {

	private final ReadingResolutions reading;

	EcPositionMapping(ReadingResolutions reading) {
		this.reading = reading;
	}

	@Override
	public void mapInputVariables(DelegateExecution resolution, VariableMap approval) {
		Resolution r = this.reading.find(GaResolutionProcess.RESOLUTION_ID.from(resolution)).orElseThrow();
		new EcApprovalProcess.Input(new Item(ItemType.POSITION, "EC position on " + r.label() + ": " + r.title(),
				"resolution:" + r.id(), r.version(), null, r.proposer()), 1, null)
			.writeTo(approval);
	}

	@Override
	public void mapOutputVariables(DelegateExecution resolution, VariableScope approval) {
		EcApprovalProcess.Output out = EcApprovalProcess.Output.of(approval);
		GaResolutionProcess.EC_APPROVAL_ID.set(resolution, out.approvalId());
		GaResolutionProcess.EC_DECISION.set(resolution, out.decision());
		GaResolutionProcess.EC_CHAIR.set(resolution, out.chair());
	}

}

package org.gavel.approvals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.approvals.RegisteringItem;
import org.gavel.approvals.model.Approval;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * Registers the item with the EC roll frozen now; a refusal rolls the start back, so the
 * caller stores nothing.
 */
@Component("registerItemStep")
class RegisterItemStep implements JavaDelegate {

	private final RegisteringItem registering;

	RegisterItemStep(RegisteringItem registering) {
		this.registering = registering;
	}

	@Override
	public void execute(DelegateExecution execution) {
		EcApprovalProcess.Input in = EcApprovalProcess.Input.of(execution);
		Approval approval = this.registering
			.register(new RegisteringItem.RegisterItem(in.item(), in.maxRounds(), in.concerns()))
			.orElseThrow(InputRefusedException::new);
		execution.setProcessBusinessKey(approval.id().toString());
		EcApprovalProcess.APPROVAL_ID.set(execution, approval.id());
		EcApprovalProcess.CHAIR.set(execution, approval.chair());
		EcApprovalProcess.MAX_ROUNDS.set(execution, approval.maxRounds());
		EcApprovalProcess.REVISION_FORM.set(execution, (in.revisionForm() != null) ? in.revisionForm() : "ec-revision");
	}

}

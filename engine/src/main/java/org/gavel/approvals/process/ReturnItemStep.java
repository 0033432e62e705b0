package org.gavel.approvals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.approvals.ApprovalMails;

import org.springframework.stereotype.Component;

/**
 * Mails the submitter the chair's comments and the objections.
 */
@Component("returnItemStep")
class ReturnItemStep implements JavaDelegate {

	private final ApprovalMails mails;

	ReturnItemStep(ApprovalMails mails) {
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.mails.returned(EcApprovalProcess.APPROVAL_ID.from(execution),
				EcApprovalProcess.CHAIR_COMMENTS.from(execution));
	}

}

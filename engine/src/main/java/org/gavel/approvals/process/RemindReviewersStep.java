package org.gavel.approvals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.approvals.ApprovalMails;

import org.springframework.stereotype.Component;

/**
 * Reminds the seat holders who have not responded in this round.
 */
@Component("remindReviewersStep")
class RemindReviewersStep implements JavaDelegate {

	private final ApprovalMails mails;

	RemindReviewersStep(ApprovalMails mails) {
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.mails.remind(EcApprovalProcess.APPROVAL_ID.from(execution));
	}

}

package org.gavel.approvals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.approvals.ApprovalMails;

import org.springframework.stereotype.Component;

/**
 * Mails the decision record to the submitter, the EC and the members.
 */
@Component("publishDecisionStep")
class PublishDecisionStep implements JavaDelegate {

	private final ApprovalMails mails;

	PublishDecisionStep(ApprovalMails mails) {
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.mails.decision(EcApprovalProcess.APPROVAL_ID.from(execution));
	}

}

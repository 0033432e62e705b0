package org.gavel.approvals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.approvals.EscalatingReviews;

import org.springframework.stereotype.Component;

/**
 * The reviews are overdue: the chair is alerted.
 */
@Component("escalateReviewsStep")
class EscalateReviewsStep implements JavaDelegate {

	private final EscalatingReviews escalating;

	EscalateReviewsStep(EscalatingReviews escalating) {
		this.escalating = escalating;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.escalating.escalate(EcApprovalProcess.APPROVAL_ID.from(execution));
	}

}

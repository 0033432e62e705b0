package org.gavel.approvals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.approvals.OpeningReviewRound;

import org.springframework.stereotype.Component;

/**
 * Opens a review round and sets its timers.
 */
@Component("requestReviewsStep")
class RequestReviewsStep implements JavaDelegate {

	private final OpeningReviewRound opening;

	RequestReviewsStep(OpeningReviewRound opening) {
		this.opening = opening;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OpeningReviewRound.Round round = this.opening.open(EcApprovalProcess.APPROVAL_ID.from(execution));
		EcApprovalProcess.ROUND.set(execution, round.number());
		EcApprovalProcess.REVIEW_REMINDER_AT.set(execution, round.remindAt());
		EcApprovalProcess.REVIEW_DUE_AT.set(execution, round.dueAt());
	}

}

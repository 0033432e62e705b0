package org.gavel.approvals.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.approvals.ReviewingItem;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * Records a seat holder's review when their task completes, in Tasklist or the portal
 * alike; a refusal rolls the completion back with the reason.
 */
@Component("reviewItemListener")
class ReviewItemListener implements TaskListener {

	private final ReviewingItem reviewing;

	ReviewItemListener(ReviewingItem reviewing) {
		this.reviewing = reviewing;
	}

	@Override
	public void notify(DelegateTask task) {
		this.reviewing
			.review(new ReviewingItem.ReviewItem(EcApprovalProcess.APPROVAL_ID.from(task), task.getAssignee(),
					EcApprovalProcess.RESPONSE.optional(task).orElse(null),
					EcApprovalProcess.REASON.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
	}

}

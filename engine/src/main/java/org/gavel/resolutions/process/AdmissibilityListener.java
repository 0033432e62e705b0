package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.resolutions.ReviewingAdmissibility;
import org.gavel.resolutions.model.AdmissibilityReview;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * Records the secretariat's admissibility review when its task completes, and keeps the
 * resubmission deadline (for the timer) and whether the EC is asked; a refusal rolls the
 * completion back with the reason.
 */
@Component("admissibilityListener")
class AdmissibilityListener implements TaskListener {

	private final ReviewingAdmissibility reviewing;

	AdmissibilityListener(ReviewingAdmissibility reviewing) {
		this.reviewing = reviewing;
	}

	@Override
	public void notify(DelegateTask task) {
		AdmissibilityReview review = this.reviewing
			.review(new ReviewingAdmissibility.Review(GaResolutionProcess.RESOLUTION_ID.from(task), task.getAssignee(),
					GaResolutionProcess.DECISION.optional(task).orElse(null),
					GaResolutionProcess.COMMENTS.optional(task).orElse(null),
					GaResolutionProcess.RESUBMIT_BY_DAY.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
		GaResolutionProcess.RESUBMIT_BY.set(task.getExecution(), review.resubmitBy());
		GaResolutionProcess.RESUBMIT_BY_DAY.remove(task.getExecution());
		GaResolutionProcess.ASK_EC_POSITION.set(task.getExecution(),
				GaResolutionProcess.ASK_EC_POSITION.optional(task).orElse(false));
	}

}

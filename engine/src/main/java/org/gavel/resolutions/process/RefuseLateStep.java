package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.resolutions.RefusingLate;

import org.springframework.stereotype.Component;

/**
 * Refuses a draft not submitted, or a revision not back, by its deadline.
 */
@Component("refuseLateStep")
class RefuseLateStep implements JavaDelegate {

	private final RefusingLate refusing;

	RefuseLateStep(RefusingLate refusing) {
		this.refusing = refusing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.refusing.refuse(GaResolutionProcess.RESOLUTION_ID.from(execution));
	}

}

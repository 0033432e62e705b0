package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.AwardingGrants;

import org.springframework.stereotype.Component;

/**
 * "Return the recommendation to the working group": the EC rejected it; the chair is
 * mailed.
 */
@Component("recordAwardRejectionStep")
class RecordAwardRejectionStep implements JavaDelegate {

	private final AwardingGrants awarding;

	RecordAwardRejectionStep(AwardingGrants awarding) {
		this.awarding = awarding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.awarding.rejected(RfpProcess.reference(execution)).orElseThrow();
	}

}

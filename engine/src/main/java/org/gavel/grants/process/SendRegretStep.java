package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.AwardingGrants;

import org.springframework.stereotype.Component;

/**
 * "Tell the applicant, with the panel's feedback": the regret letter's link is mailed.
 */
@Component("sendRegretStep")
class SendRegretStep implements JavaDelegate {

	private final AwardingGrants awarding;

	SendRegretStep(AwardingGrants awarding) {
		this.awarding = awarding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.awarding.tell(ProposalProcess.reference(execution)).orElseThrow();
	}

}

package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.AwardingGrants;

import org.springframework.stereotype.Component;

/** "Tell the applicant of the award": the award letter's link is mailed. */
@Component("sendAwardStep")
class SendAwardStep implements JavaDelegate {

	private final AwardingGrants awarding;

	SendAwardStep(AwardingGrants awarding) {
		this.awarding = awarding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.awarding.tell(ProposalProcess.reference(execution)).orElseThrow();
	}

}

package org.gavel.grants.process;

import java.util.Date;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.AwardingGrants;

import org.springframework.stereotype.Component;

/**
 * "Record the award; tell each proposal": the EC approved the recommendation; each scored
 * proposal's process hears ProposalDecided with its outcome.
 */
@Component("recordAwardStep")
class RecordAwardStep implements JavaDelegate {

	private final AwardingGrants awarding;

	RecordAwardStep(AwardingGrants awarding) {
		this.awarding = awarding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
		for (AwardingGrants.Decided decided : this.awarding
			.awarded(RfpProcess.reference(execution), RfpProcess.AWARD_APPROVAL_ID.from(execution))
			.orElseThrow()) {
			runtime.createMessageCorrelation(ProposalProcess.DECIDED)
				.processInstanceBusinessKey(decided.proposal().toString())
				.setVariable(ProposalProcess.AWARDED.name(), decided.awarded())
				.setVariable(ProposalProcess.MATCHED.name(), decided.matched())
				.setVariable(ProposalProcess.PLEDGES_CLOSE.name(),
						(decided.pledgesClose() != null) ? Date.from(decided.pledgesClose()) : null)
				.correlate();
		}
	}

}

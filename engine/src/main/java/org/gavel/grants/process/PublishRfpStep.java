package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.RulingOnRfp;

import org.springframework.stereotype.Component;

/** "Publish the RFP": open for questions and proposals until its deadline. */
@Component("publishRfpStep")
class PublishRfpStep implements JavaDelegate {

	private final RulingOnRfp ruling;

	PublishRfpStep(RulingOnRfp ruling) {
		this.ruling = ruling;
	}

	@Override
	public void execute(DelegateExecution execution) {
		RfpProcess.DEADLINE.set(execution,
				this.ruling.publish(RfpProcess.reference(execution), RfpProcess.APPROVAL_ID.from(execution))
					.orElseThrow()
					.rfp()
					.deadline());
	}

}

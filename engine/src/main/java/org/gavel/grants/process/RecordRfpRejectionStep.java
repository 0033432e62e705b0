package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.RulingOnRfp;

import org.springframework.stereotype.Component;

/** "Record the rejection": the EC rejected the RFP; it is never published. */
@Component("recordRfpRejectionStep")
class RecordRfpRejectionStep implements JavaDelegate {

	private final RulingOnRfp ruling;

	RecordRfpRejectionStep(RulingOnRfp ruling) {
		this.ruling = ruling;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.ruling.reject(RfpProcess.reference(execution), RfpProcess.APPROVAL_ID.from(execution)).orElseThrow();
	}

}

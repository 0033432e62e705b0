package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.ScreeningProposal;
import org.gavel.grants.model.Screening;

import org.springframework.stereotype.Component;

/** "Record the screening": the eligibility table's answer, kept with the proposal. */
@Component("recordScreeningStep")
class RecordScreeningStep implements JavaDelegate {

	private final ScreeningProposal screening;

	RecordScreeningStep(ScreeningProposal screening) {
		this.screening = screening;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Screening answer = this.screening
			.record(ProposalProcess.reference(execution), ProposalProcess.SCREENING.from(execution))
			.orElseThrow();
		ProposalProcess.ELIGIBLE.set(execution, answer.eligible());
	}

}

package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.PublishingDecision;

import org.springframework.stereotype.Component;

/** "Publish the decision": on the register, to the parties, with the appeal window. */
@Component("publishPanelDecisionStep")
class PublishPanelDecisionStep implements JavaDelegate {

	private final PublishingDecision publishing;

	PublishPanelDecisionStep(PublishingDecision publishing) {
		this.publishing = publishing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		GrievanceProcess.APPEAL_BY.set(execution,
				this.publishing
					.publish(new PublishingDecision.Publication(GrievanceProcess.caseNumber(execution),
							GrievanceProcess.DECIDED_BY.from(execution)))
					.orElseThrow());
	}

}

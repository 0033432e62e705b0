package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.EscalatingToPanel;

import org.springframework.stereotype.Component;

/** "Escalate to the complaints panel": not resolved, or not in time. */
@Component("escalateToPanelStep")
class EscalateToPanelStep implements JavaDelegate {

	private final EscalatingToPanel escalating;

	EscalateToPanelStep(EscalatingToPanel escalating) {
		this.escalating = escalating;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String why = GrievanceProcess.RESOLVED.optional(execution).isPresent() ? "not resolved by the engagement"
				: "not resolved by the engagement's deadline";
		this.escalating.escalate(new EscalatingToPanel.Escalation(GrievanceProcess.caseNumber(execution), why))
			.orElseThrow();
	}

}

package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.FinalisingDecision;

import org.springframework.stereotype.Component;

/**
 * "Make the decision final": with corrective actions, sets their deadline and reminder
 * for the monitoring that follows; says whether a sanction goes to the EC first.
 */
@Component("finaliseDecisionStep")
class FinaliseDecisionStep implements JavaDelegate {

	private final FinalisingDecision finalising;

	FinaliseDecisionStep(FinalisingDecision finalising) {
		this.finalising = finalising;
	}

	@Override
	public void execute(DelegateExecution execution) {
		FinalisingDecision.Final decision = this.finalising.finalise(GrievanceProcess.caseNumber(execution))
			.orElseThrow();
		GrievanceProcess.MONITOR.set(execution, decision.actionsDueAt().isPresent());
		GrievanceProcess.SANCTION_TO_EC.set(execution, decision.sanctionToEc());
		decision.actionsDueAt().ifPresent((due) -> GrievanceProcess.ACTIONS_DUE_BY.set(execution, due));
		decision.reminderAt().ifPresent((at) -> GrievanceProcess.ACTIONS_REMINDER_AT.set(execution, at));
	}

}

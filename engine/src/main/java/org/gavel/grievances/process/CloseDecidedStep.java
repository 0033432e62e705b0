package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.DecidingGrievance;

import org.springframework.stereotype.Component;

/** "Close with the decision": the decision published, the parties told. */
@Component("closeDecidedStep")
class CloseDecidedStep implements JavaDelegate {

	private final DecidingGrievance deciding;

	CloseDecidedStep(DecidingGrievance deciding) {
		this.deciding = deciding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.deciding.close(GrievanceProcess.caseNumber(execution), GrievanceProcess.DECIDED_BY.from(execution))
			.orElseThrow();
	}

}

package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grievances.AcknowledgingGrievance;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/** Completing "Acknowledge the grievance": the acknowledgement, recorded and mailed. */
@Component("acknowledgeListener")
class AcknowledgeListener implements TaskListener {

	private final AcknowledgingGrievance acknowledging;

	AcknowledgeListener(AcknowledgingGrievance acknowledging) {
		this.acknowledging = acknowledging;
	}

	@Override
	public void notify(DelegateTask task) {
		this.acknowledging
			.acknowledge(new AcknowledgingGrievance.Acknowledgement(GrievanceProcess.caseNumber(task),
					task.getAssignee(), GrievanceProcess.NOTE.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
	}

}

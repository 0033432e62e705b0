package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grievances.ClosingDecided;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * Completing "Monitor the corrective actions": the case closes, refused while an action
 * is not found completed.
 */
@Component("actionsMonitoringListener")
class ActionsMonitoringListener implements TaskListener {

	private final ClosingDecided closing;

	ActionsMonitoringListener(ClosingDecided closing) {
		this.closing = closing;
	}

	@Override
	public void notify(DelegateTask task) {
		this.closing.close(new ClosingDecided.Closing(GrievanceProcess.caseNumber(task), task.getAssignee()))
			.orElseThrow(InputRefusedException::new);
	}

}

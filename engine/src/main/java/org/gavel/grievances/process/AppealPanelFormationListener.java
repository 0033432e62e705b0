package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grievances.FormingAppealPanel;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * Completing "Form the appeal panel": the panel, whose members then decide the appeal.
 */
@Component("appealPanelFormationListener")
class AppealPanelFormationListener implements TaskListener {

	private final FormingAppealPanel forming;

	AppealPanelFormationListener(FormingAppealPanel forming) {
		this.forming = forming;
	}

	@Override
	public void notify(DelegateTask task) {
		FormingAppealPanel.Formed formed = this.forming
			.form(new FormingAppealPanel.Formation(GrievanceProcess.caseNumber(task), task.getAssignee(),
					GrievanceProcess.PANEL_MEMBERS.optional(task).orElse(null),
					GrievanceProcess.EXTERNAL_EXPERT.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
		DelegateExecution instance = task.getExecution().getProcessInstance();
		GrievanceProcess.APPEAL_PANEL.set(instance, String.join(",", formed.panel().members()));
		GrievanceProcess.APPEAL_DECIDE_BY.set(instance, formed.decideBy());
	}

}

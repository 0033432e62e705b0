package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grievances.FormingPanel;
import org.gavel.grievances.model.Panel;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/** Completing "Form the complaints panel": the panel, whose members then decide. */
@Component("panelFormationListener")
class PanelFormationListener implements TaskListener {

	private final FormingPanel forming;

	PanelFormationListener(FormingPanel forming) {
		this.forming = forming;
	}

	@Override
	public void notify(DelegateTask task) {
		Panel panel = this.forming
			.form(new FormingPanel.Formation(GrievanceProcess.caseNumber(task), task.getAssignee(),
					GrievanceProcess.PANEL_MEMBERS.optional(task).orElse(null),
					GrievanceProcess.EXTERNAL_EXPERT.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
		GrievanceProcess.PANEL.set(task.getExecution().getProcessInstance(), String.join(",", panel.members()));
	}

}

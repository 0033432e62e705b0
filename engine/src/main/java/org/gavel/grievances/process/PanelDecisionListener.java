package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grievances.DecidingGrievance;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * Completing "Decide the grievance": the panel's decision, checked and recorded, or,
 * without consensus, proposed to the panel's vote on a roll of its members.
 */
@Component("panelDecisionListener")
class PanelDecisionListener implements TaskListener {

	private final DecidingGrievance deciding;

	PanelDecisionListener(DecidingGrievance deciding) {
		this.deciding = deciding;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean vote = GrievanceProcess.CONSENSUS.optional(task).filter("vote"::equals).isPresent();
		DecidingGrievance.Decided decided = this.deciding
			.decide(new DecidingGrievance.Decision(GrievanceProcess.caseNumber(task), task.getAssignee(),
					GrievanceProcess.FINDING.optional(task).orElse(null),
					GrievanceProcess.SUMMARY.optional(task).orElse(null),
					GrievanceProcess.CORRECTIVE_ACTIONS.optional(task).orElse(null),
					GrievanceProcess.SANCTION.optional(task).orElse(null),
					GrievanceProcess.WITHHOLD_RESPONDENT.optional(task).orElse(false), vote))
			.orElseThrow(InputRefusedException::new);
		DelegateExecution instance = task.getExecution().getProcessInstance();
		GrievanceProcess.DECIDED_BY.set(instance, task.getAssignee());
		GrievanceProcess.PANEL_VOTE.set(instance, vote);
		if (vote) {
			GrievanceProcess.PANEL_ROLL_ID.set(instance, decided.voteRollId());
		}
	}

}

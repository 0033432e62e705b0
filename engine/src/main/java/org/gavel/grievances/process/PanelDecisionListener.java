package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grievances.DecidingGrievance;
import org.gavel.grievances.ReadingInvestigation;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * "Decide the grievance": created while the complainant is waited for, its overdue timer
 * is held; completed, the panel's decision is checked and recorded, or, without
 * consensus, proposed to the panel's vote on a roll of its members.
 */
@Component("panelDecisionListener")
class PanelDecisionListener implements TaskListener {

	private final DecidingGrievance deciding;

	private final ReadingInvestigation investigation;

	private final DecisionDeadline deadline;

	PanelDecisionListener(DecidingGrievance deciding, ReadingInvestigation investigation, DecisionDeadline deadline) {
		this.deciding = deciding;
		this.investigation = investigation;
		this.deadline = deadline;
	}

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			if (this.investigation.waitsForComplainant(GrievanceProcess.caseNumber(task))) {
				this.deadline.holdOnCreate(task);
			}
			return;
		}
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

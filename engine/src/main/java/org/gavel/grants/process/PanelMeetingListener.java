package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grants.RankingProposals;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * "Hold the panel meeting", completed: the panel's changes to the ranking, each with its
 * reason, recorded as the chair's who completed the task.
 */
@Component("panelMeetingListener")
class PanelMeetingListener implements TaskListener {

	private final RankingProposals ranking;

	PanelMeetingListener(RankingProposals ranking) {
		this.ranking = ranking;
	}

	@Override
	public void notify(DelegateTask task) {
		this.ranking
			.adjust(new RankingProposals.Adjusting(RfpProcess.reference(task), task.getAssignee(),
					RfpProcess.ADJUSTMENTS.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
	}

}

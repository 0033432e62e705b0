package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grants.AwardingGrants;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * "Recommend the grants", completed: the working group's recommendation recorded as the
 * chair's who completed the task, refused with the figures when over a limit.
 */
@Component("recommendationListener")
class RecommendationListener implements TaskListener {

	private final AwardingGrants awarding;

	RecommendationListener(AwardingGrants awarding) {
		this.awarding = awarding;
	}

	@Override
	public void notify(DelegateTask task) {
		this.awarding
			.recommend(new AwardingGrants.Recommending(RfpProcess.reference(task), task.getAssignee(),
					RfpProcess.GRANTS.optional(task).orElse(null), RfpProcess.CONDITIONS.optional(task).orElse(null),
					false))
			.orElseThrow(InputRefusedException::new);
	}

}

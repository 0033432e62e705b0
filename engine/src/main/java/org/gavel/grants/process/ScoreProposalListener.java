package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grants.ScoringProposal;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * "Score the proposal", completed: the scores are recorded as the evaluator's whose task
 * it is, apart from the process.
 */
@Component("scoreProposalListener")
class ScoreProposalListener implements TaskListener {

	private final ScoringProposal scoring;

	ScoreProposalListener(ScoringProposal scoring) {
		this.scoring = scoring;
	}

	@Override
	public void notify(DelegateTask task) {
		this.scoring
			.score(new ScoringProposal.Scoring(ProposalProcess.reference(task), task.getAssignee(),
					ProposalProcess.SCORES.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
	}

}

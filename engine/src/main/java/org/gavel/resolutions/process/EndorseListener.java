package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.resolutions.AnsweringInvitation;
import org.gavel.resolutions.model.Endorsement;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/**
 * Records an invited member's answer when their task completes; a refusal rolls the
 * completion back with the reason.
 */
@Component("endorseListener")
class EndorseListener implements TaskListener {

	private final AnsweringInvitation answering;

	EndorseListener(AnsweringInvitation answering) {
		this.answering = answering;
	}

	@Override
	public void notify(DelegateTask task) {
		this.answering
			.answer(new AnsweringInvitation.Answer(GaResolutionProcess.RESOLUTION_ID.from(task), task.getAssignee(),
					GaResolutionProcess.ENDORSEMENT.optional(task).orElse(Endorsement.DECLINE) == Endorsement.ENDORSE,
					GaResolutionProcess.STATEMENT.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
	}

}

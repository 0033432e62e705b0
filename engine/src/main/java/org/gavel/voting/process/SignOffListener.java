package org.gavel.voting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.system.engine.InputRefusedException;
import org.gavel.voting.SigningOffResult;

import org.springframework.stereotype.Component;

/**
 * Records a scrutineer's sign-off when their task completes, in Tasklist or the portal
 * alike; a refusal (not a scrutineer, or the same scrutineer twice) rolls the completion
 * back with the reason.
 */
@Component("signOffListener")
class SignOffListener implements TaskListener {

	private final SigningOffResult signingOff;

	SignOffListener(SigningOffResult signingOff) {
		this.signingOff = signingOff;
	}

	@Override
	public void notify(DelegateTask task) {
		// the engine has checked that the assignee is the signed-in person (TaskActors)
		this.signingOff
			.signOff(new SigningOffResult.SignOffResult(BallotProcess.BALLOT_ID.from(task), task.getAssignee(),
					BallotProcess.REMARK.optional(task).orElse(null)))
			.orElseThrow(InputRefusedException::new);
	}

}

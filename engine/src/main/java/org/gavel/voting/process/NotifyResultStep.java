package org.gavel.voting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.voting.NotifyingResult;

import org.springframework.stereotype.Component;

/**
 * Tells everyone on the roll the published result, unless the caller tells them itself
 * ({@code notifyResult} false).
 */
@Component("notifyResultStep")
class NotifyResultStep implements JavaDelegate {

	private final NotifyingResult notifying;

	NotifyResultStep(NotifyingResult notifying) {
		this.notifying = notifying;
	}

	@Override
	public void execute(DelegateExecution execution) {
		if (!BallotProcess.NOTIFY_RESULT.optional(execution).orElse(true)) {
			BallotProcess.NOTIFIED.set(execution, 0);
			return;
		}
		BallotProcess.NOTIFIED.set(execution,
				this.notifying.send(new NotifyingResult.Notify(BallotProcess.BALLOT_ID.from(execution))));
	}

}

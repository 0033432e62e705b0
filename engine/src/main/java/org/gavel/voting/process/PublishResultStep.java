package org.gavel.voting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.voting.PublishingResult;

import org.springframework.stereotype.Component;

/**
 * Publishes the signed-off result to members ({@code VOTING-022}).
 */
@Component("publishResultStep")
class PublishResultStep implements JavaDelegate {

	private final PublishingResult publishing;

	PublishResultStep(PublishingResult publishing) {
		this.publishing = publishing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.publishing.publish(new PublishingResult.PublishResult(BallotProcess.BALLOT_ID.from(execution)));
	}

}

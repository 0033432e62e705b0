package org.gavel.voting.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.voting.ClosingBallot;
import org.gavel.voting.ReadingBallots;

import org.springframework.stereotype.Component;

/**
 * Closes and counts the ballot. If the secretariat closed it already through the API, the
 * stored result stands.
 */
@Component("closeBallotStep")
class CloseBallotStep implements JavaDelegate {

	private final ClosingBallot closing;

	private final ReadingBallots reading;

	CloseBallotStep(ClosingBallot closing, ReadingBallots reading) {
		this.closing = closing;
		this.reading = reading;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID id = BallotProcess.BALLOT_ID.from(execution);
		this.closing.close(id).ifRefused((refused) -> {
			if (this.reading.closing(id).isEmpty()) {
				// the engine retries, then raises an incident an operator sees in Cockpit
				throw new IllegalStateException("ballot " + id + " cannot be closed: " + refused.reason());
			}
		});
		BallotProcess.OUTCOME.set(execution, this.reading.closing(id).orElseThrow().outcome());
	}

}

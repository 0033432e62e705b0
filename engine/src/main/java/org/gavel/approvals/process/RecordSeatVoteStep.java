package org.gavel.approvals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.approvals.RecordingSeatVote;

import org.springframework.stereotype.Component;

/**
 * Keeps the counted seat vote with the approval.
 */
@Component("recordSeatVoteStep")
class RecordSeatVoteStep implements JavaDelegate {

	private final RecordingSeatVote recording;

	RecordSeatVoteStep(RecordingSeatVote recording) {
		this.recording = recording;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.recording.record(new RecordingSeatVote.SeatVote(EcApprovalProcess.APPROVAL_ID.from(execution),
				EcApprovalProcess.VOTE_BALLOT_ID.from(execution), EcApprovalProcess.VOTE_OUTCOME.from(execution)));
	}

}

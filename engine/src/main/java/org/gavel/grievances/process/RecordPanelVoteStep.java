package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grievances.RecordingPanelVote;

import org.springframework.stereotype.Component;

/** "Record the panel's vote": adopted, the decision is published; else decided again. */
@Component("recordPanelVoteStep")
class RecordPanelVoteStep implements JavaDelegate {

	private final RecordingPanelVote recording;

	RecordPanelVoteStep(RecordingPanelVote recording) {
		this.recording = recording;
	}

	@Override
	public void execute(DelegateExecution execution) {
		GrievanceProcess.ADOPTED
			.set(execution,
					this.recording.record(new RecordingPanelVote.Tally(GrievanceProcess.caseNumber(execution),
							GrievanceProcess.PANEL_BALLOT_ID.from(execution),
							GrievanceProcess.PANEL_VOTE_OUTCOME.from(execution)))
						.orElseThrow());
	}

}

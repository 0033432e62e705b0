package org.gavel.resolutions;

import java.util.UUID;

import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Resolutions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A submitted (or resubmitted) resolution goes to the secretariat's admissibility review;
 * the proposer is told it was received.
 */
@Service
public class RecordingSubmission {

	private final Resolutions resolutions;

	private final ResolutionMails mails;

	RecordingSubmission(Resolutions resolutions, ResolutionMails mails) {
		this.resolutions = resolutions;
		this.mails = mails;
	}

	@Transactional
	public void record(UUID id) {
		this.resolutions.status(id, ResolutionStatus.SUBMITTED);
		this.mails.received(id);
	}

}

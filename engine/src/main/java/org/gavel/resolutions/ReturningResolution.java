package org.gavel.resolutions;

import java.time.Instant;
import java.util.UUID;

import org.gavel.resolutions.persistence.Resolutions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resolution the secretariat returned goes back to its proposer with the comments and
 * the resubmission deadline.
 */
@Service
public class ReturningResolution {

	private final Resolutions resolutions;

	private final ResolutionMails mails;

	ReturningResolution(Resolutions resolutions, ResolutionMails mails) {
		this.resolutions = resolutions;
		this.mails = mails;
	}

	/**
	 * Returns it.
	 * @param id the resolution
	 * @param resubmitBy when it must be back
	 * @param comments the secretariat's comments
	 */
	@Transactional
	public void send(UUID id, Instant resubmitBy, String comments) {
		this.resolutions.returned(id, resubmitBy);
		this.mails.returned(id, comments);
	}

}

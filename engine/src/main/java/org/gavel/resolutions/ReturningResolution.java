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
	 * @param command the resolution, when it must be back and why
	 */
	@Transactional
	public void send(SendBack command) {
		this.resolutions.returned(command.resolution(), command.resubmitBy());
		this.mails.returned(command.resolution(), command.comments());
	}

	/**
	 * A resolution returned for revision.
	 *
	 * @param resolution the resolution
	 * @param resubmitBy when it must be back
	 * @param comments the secretariat's comments
	 */
	public record SendBack(UUID resolution, Instant resubmitBy, String comments) {

	}

}

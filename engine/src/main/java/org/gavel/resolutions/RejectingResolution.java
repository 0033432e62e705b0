package org.gavel.resolutions;

import java.time.Clock;
import java.util.UUID;

import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Actors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resolution the secretariat found inadmissible ends; its proposer is told why.
 */
@Service
public class RejectingResolution {

	private final Resolutions resolutions;

	private final ResolutionMails mails;

	private final Clock clock;

	RejectingResolution(Resolutions resolutions, ResolutionMails mails, Clock clock) {
		this.resolutions = resolutions;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Rejects it.
	 * @param command the resolution and the reasons
	 */
	@Transactional
	public void reject(Reject command) {
		UUID id = command.resolution();
		String reasons = command.reasons();
		this.resolutions.status(id, ResolutionStatus.INADMISSIBLE);
		this.resolutions.event(id, this.clock.instant(), ResolutionEvent.INADMISSIBLE, Actors.GAVEL, null);
		this.mails.inadmissible(id, reasons);
	}

	/**
	 * A resolution found inadmissible.
	 *
	 * @param resolution the resolution
	 * @param reasons the secretariat's reasons
	 */
	public record Reject(UUID resolution, String reasons) {

	}

}

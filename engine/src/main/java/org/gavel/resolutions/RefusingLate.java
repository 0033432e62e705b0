package org.gavel.resolutions;

import java.time.Clock;
import java.util.UUID;

import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Actors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A draft not submitted by the submission deadline, or a returned resolution not back by
 * its resubmission deadline, is refused as late; its proposer is told ({@code GA-006}).
 */
@Service
public class RefusingLate {

	private final Resolutions resolutions;

	private final ResolutionMails mails;

	private final Clock clock;

	RefusingLate(Resolutions resolutions, ResolutionMails mails, Clock clock) {
		this.resolutions = resolutions;
		this.mails = mails;
		this.clock = clock;
	}

	@Transactional
	public void refuse(UUID id) {
		Resolution resolution = this.resolutions.find(id).orElseThrow();
		this.resolutions.status(id, ResolutionStatus.LATE);
		this.resolutions.event(id, this.clock.instant(), ResolutionEvent.LATE, Actors.GAVEL,
				(resolution.status() == ResolutionStatus.DRAFT) ? "not submitted by the submission deadline"
						: "not resubmitted by " + resolution.resubmitBy());
		ResolutionLog.REFUSED_AS_LATE.log(id);
		this.mails.late(id);
	}

}

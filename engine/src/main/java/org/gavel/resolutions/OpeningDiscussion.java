package org.gavel.resolutions;

import java.time.Clock;
import java.util.UUID;

import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Actors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admitted resolution in the published booklet opens for discussion until voting
 * opens; members are sent the booklet.
 */
@Service
public class OpeningDiscussion {

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final ResolutionMails mails;

	private final Clock clock;

	OpeningDiscussion(Assemblies assemblies, Resolutions resolutions, ResolutionMails mails, Clock clock) {
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Opens the discussion.
	 * @param id the resolution
	 * @return its assembly, whose voting opens next
	 */
	@Transactional
	public Assembly open(UUID id) {
		this.resolutions.status(id, ResolutionStatus.PUBLISHED);
		this.resolutions.event(id, this.clock.instant(), ResolutionEvent.PUBLISHED, Actors.GAVEL,
				"in the booklet; discussion open");
		Assembly assembly = this.assemblies.find(this.resolutions.find(id).orElseThrow().assemblyId()).orElseThrow();
		this.mails.booklet(assembly.id());
		return assembly;
	}

}

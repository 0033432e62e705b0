package org.gavel.resolutions;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposer revises a returned resolution before its resubmission deadline; every
 * version is kept ({@code GA-013}).
 */
@Service
public class RevisingResolution {

	private final Resolutions resolutions;

	private final Clock clock;

	RevisingResolution(Resolutions resolutions, Clock clock) {
		this.resolutions = resolutions;
		this.clock = clock;
	}

	/**
	 * Stores the revision.
	 * @param command who revises, and the new text
	 * @return the new version's number, or why not (nothing written)
	 */
	@Transactional
	public Outcome<Integer> revise(Revise command) {
		Instant now = this.clock.instant();
		return this.resolutions.found(command.resolution())
			.then((resolution) -> resolution.revisableAt(now))
			.then((resolution) -> resolution.proposedBy(command.by(), "revises it"))
			.map((resolution) -> store(resolution, command, now));
	}

	private int store(Resolution resolution, Revise command, Instant now) {
		Resolution.Text text = command.text();
		int version = resolution.version() + 1;
		this.resolutions.revise(resolution.id(), text.title(), text.type(), text.rationale(), text.operativeText());
		this.resolutions.version(resolution.id(), new Resolutions.Version(version, text.title(), text.type(),
				text.rationale(), text.operativeText(), command.changeNote(), command.by(), now));
		this.resolutions.event(resolution.id(), now, ResolutionEvent.RESUBMITTED, command.by(),
				"version " + version + ": " + command.changeNote());
		ResolutionLog.RESUBMITTED.log(resolution.id(), version);
		return version;
	}

	/**
	 * A revision, as the form {@code resolution-revision} submits it.
	 *
	 * @param resolution the returned resolution
	 * @param by who revises: the task's assignee
	 * @param text the new text
	 * @param changeNote what changed and why
	 */
	public record Revise(UUID resolution, String by, Resolution.Text text, String changeNote) {

	}

}

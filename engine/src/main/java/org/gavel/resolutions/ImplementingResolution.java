package org.gavel.resolutions;

import java.time.Clock;
import java.util.UUID;

import org.gavel.membership.MemberContexts;
import org.gavel.membership.model.Action;
import org.gavel.resolutions.model.Implementation;
import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat moves an adopted resolution's implementation forward: in progress, then
 * completed ({@code GA-010}).
 */
@Service
public class ImplementingResolution {

	private final Resolutions resolutions;

	private final MemberContexts members;

	private final Clock clock;

	ImplementingResolution(Resolutions resolutions, MemberContexts members, Clock clock) {
		this.resolutions = resolutions;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Moves the implementation.
	 * @param command who moves it where
	 * @return the new stage, or the field at fault (nothing written)
	 */
	@Transactional
	public Outcome<Implementation> move(Move command) {
		return this.resolutions.found(command.resolution())
			.then((resolution) -> resolution.in(ResolutionStatus.ADOPTED))
			.check((resolution) -> CoSponsors.allowed(this.members.of(command.by()).may(Action.RUN_SECRETARIAT), null))
			.then((resolution) -> resolution.implementation().moveTo(command.stage()).map((next) -> {
				String note = (command.note() == null || command.note().isBlank()) ? null : command.note().strip();
				this.resolutions.implementation(resolution.id(), next);
				this.resolutions.event(resolution.id(), this.clock.instant(), ResolutionEvent.IMPLEMENTATION,
						command.by(), next.label() + ((note != null) ? ": " + note : ""));
				ResolutionLog.IMPLEMENTATION_MOVED.log(resolution.id(), next);
				return next;
			}));
	}

	/**
	 * A move, as the form {@code implementation} submits it.
	 *
	 * @param resolution the adopted resolution
	 * @param by the secretariat
	 * @param stage {@code IN_PROGRESS} or {@code COMPLETED}
	 * @param note what was done, or {@code null}
	 */
	public record Move(UUID resolution, String by, String stage, String note) {

	}

}

package org.gavel.resolutions;

import java.time.Clock;
import java.util.UUID;

import org.gavel.resolutions.model.EcPosition;
import org.gavel.resolutions.model.EcStance;
import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The EC's chair writes the EC's position on an admitted resolution after the EC's
 * approval round; the booklet prints it ({@code GA-007}).
 */
@Service
public class RecordingEcPosition {

	private final Resolutions resolutions;

	private final Clock clock;

	RecordingEcPosition(Resolutions resolutions, Clock clock) {
		this.resolutions = resolutions;
		this.clock = clock;
	}

	/**
	 * Records the position.
	 * @param command the stance and statement
	 * @return the stance, or the field at fault (nothing written)
	 */
	@Transactional
	public Outcome<EcStance> record(Position command) {
		return this.resolutions.found(command.resolution())
			.then((resolution) -> resolution.in(ResolutionStatus.EC_POSITION))
			.then((resolution) -> EcPosition.of(command.stance(), command.statement()).map((position) -> {
				this.resolutions.ecPosition(resolution.id(), command.approval(), position.stance(),
						position.statement());
				this.resolutions.status(resolution.id(), ResolutionStatus.ADMITTED);
				this.resolutions.event(resolution.id(), this.clock.instant(), ResolutionEvent.EC_POSITION, command.by(),
						position.stance().value() + ": " + position.statement());
				ResolutionLog.EC_POSITION.log(resolution.id(), position.stance().value());
				return position.stance();
			}));
	}

	/**
	 * The EC's position, as the form {@code ec-position} submits it.
	 *
	 * @param resolution the resolution
	 * @param approval the EC approval that gave it, or {@code null}
	 * @param by who writes it: the task's assignee
	 * @param stance {@code support}, {@code oppose} or {@code neutral}
	 * @param statement the statement the booklet prints
	 */
	public record Position(UUID resolution, UUID approval, String by, String stance, String statement) {

	}

}

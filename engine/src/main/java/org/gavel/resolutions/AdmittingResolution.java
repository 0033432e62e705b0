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
 * Admits a resolution with its assembly's next number; the EC may be asked for its
 * position first.
 */
@Service
public class AdmittingResolution {

	private final Resolutions resolutions;

	private final Clock clock;

	AdmittingResolution(Resolutions resolutions, Clock clock) {
		this.resolutions = resolutions;
		this.clock = clock;
	}

	/**
	 * Admits it.
	 * @param command the resolution and whether the EC is asked first
	 * @return the resolution as admitted
	 */
	@Transactional
	public Resolution admit(Admit command) {
		UUID id = command.resolution();
		boolean askEc = command.askEc();
		Resolution resolution = this.resolutions.find(id).orElseThrow();
		int number = this.resolutions.admit(id, resolution.assemblyId());
		if (askEc) {
			this.resolutions.status(id, ResolutionStatus.EC_POSITION);
		}
		this.resolutions.event(id, this.clock.instant(), ResolutionEvent.ADMITTED, Actors.GAVEL,
				"as resolution " + number + (askEc ? "; the EC is asked for its position" : ""));
		return this.resolutions.find(id).orElseThrow();
	}

	/**
	 * A resolution to admit.
	 *
	 * @param resolution the resolution
	 * @param askEc whether the EC is asked for its position first
	 */
	public record Admit(UUID resolution, boolean askEc) {

	}

}

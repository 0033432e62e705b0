package org.gavel.resolutions;

import java.time.Clock;
import java.util.UUID;

import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Actors;
import org.gavel.voting.model.BallotOutcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resolution's counted ballot decides it: adopted ones enter the register; members are
 * sent the result with its certificate ({@code GA-009}).
 */
@Service
public class RecordingResult {

	private final Resolutions resolutions;

	private final ResolutionMails mails;

	private final Clock clock;

	RecordingResult(Resolutions resolutions, ResolutionMails mails, Clock clock) {
		this.resolutions = resolutions;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Records the result.
	 * @param command the resolution and its counted ballot
	 */
	@Transactional
	public void record(Counted command) {
		UUID id = command.resolution();
		UUID ballot = command.ballot();
		BallotOutcome outcome = command.outcome();
		this.resolutions.ballot(id, ballot);
		this.resolutions.result(id, outcome);
		this.resolutions.event(id, this.clock.instant(), ResolutionEvent.RESULT, Actors.GAVEL,
				outcome.label() + ((outcome == BallotOutcome.ADOPTED) ? "; entered in the register" : ""));
		ResolutionLog.RESULT.log(id, outcome);
		this.mails.result(id);
	}

	/**
	 * A resolution's counted ballot.
	 *
	 * @param resolution the resolution
	 * @param ballot its ballot
	 * @param outcome what the count concluded
	 */
	public record Counted(UUID resolution, UUID ballot, BallotOutcome outcome) {

	}

}

package org.gavel.resolutions;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.model.SponsorRule;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposer submits a draft: before the deadline, with the sponsor rule met
 * ({@code GA-004}).
 */
@Service
public class SubmittingResolution {

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final ReadingResolutions reading;

	private final Clock clock;

	SubmittingResolution(Assemblies assemblies, Resolutions resolutions, ReadingResolutions reading, Clock clock) {
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.reading = reading;
		this.clock = clock;
	}

	/**
	 * Submits a draft.
	 * @param submission which resolution, and who submits it: the proposer
	 * @return the sponsor rule's verdict, or why not (nothing written)
	 */
	@Transactional
	public Outcome<SponsorRule.Verdict> submit(Submission submission) {
		UUID id = submission.id();
		String by = submission.by();
		Instant now = this.clock.instant();
		return this.resolutions.found(id)
			.then((resolution) -> resolution.proposedBy(by, "submits it"))
			.check((resolution) -> this.assemblies.find(resolution.assemblyId()).orElseThrow().openForSubmissions(now))
			.then((resolution) -> {
				SponsorRule.Verdict verdict = this.reading.sponsorship(id);
				if (!verdict.met()) {
					return Outcome.refused("confirmed", "the sponsor rule is not met yet: " + verdict.explanation());
				}
				this.resolutions.event(id, now, ResolutionEvent.SUBMITTED, by, verdict.explanation());
				ResolutionLog.SUBMITTED.log(id);
				return Outcome.accepted(verdict);
			});
	}

	/**
	 * A draft's submission.
	 *
	 * @param id the resolution
	 * @param by who submits: the proposer
	 */
	public record Submission(UUID id, String by) {

	}

}

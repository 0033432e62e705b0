package org.gavel.resolutions;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.gavel.membership.MemberContexts;
import org.gavel.membership.model.Action;
import org.gavel.resolutions.model.AdmissibilityReview;
import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat reviews a submitted resolution's admissibility: admits it, returns it
 * for revision by a deadline, or rejects it, with reasons ({@code GA-005}).
 */
@Service
public class ReviewingAdmissibility {

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final MemberContexts members;

	private final Clock clock;

	ReviewingAdmissibility(Assemblies assemblies, Resolutions resolutions, MemberContexts members, Clock clock) {
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Checks and records the decision.
	 * @param command who decides what
	 * @return the review, or the field at fault (nothing written)
	 */
	@Transactional
	public Outcome<AdmissibilityReview> review(Review command) {
		Instant now = this.clock.instant();
		return this.resolutions.found(command.resolution())
			.then((resolution) -> resolution.in(ResolutionStatus.SUBMITTED))
			.check((resolution) -> CoSponsors.allowed(this.members.of(command.by()).may(Action.RUN_SECRETARIAT), null))
			.then((resolution) -> {
				Assembly assembly = this.assemblies.find(resolution.assemblyId()).orElseThrow();
				return AdmissibilityReview.of(command.decision(), command.comments(), command.resubmitBy(), assembly,
						now);
			})
			.map((review) -> {
				this.resolutions.event(command.resolution(), now, ResolutionEvent.REVIEWED, command.by(),
						review.note());
				ResolutionLog.ADMISSIBILITY_DECIDED.log(command.resolution(), review.decision().value(), command.by());
				return review;
			});
	}

	/**
	 * A review, as the form {@code admissibility-review} submits it.
	 *
	 * @param resolution the resolution
	 * @param by who reviews: the task's assignee
	 * @param decision {@code admit}, {@code return} or {@code reject}
	 * @param comments the reasons
	 * @param resubmitBy the last day to resubmit a returned resolution
	 */
	public record Review(UUID resolution, String by, String decision, String comments, String resubmitBy) {

	}

}

package org.gavel.resolutions;

import java.time.Clock;
import java.util.UUID;

import org.gavel.membership.MemberContexts;
import org.gavel.membership.model.Action;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An invited member endorses a draft as co-sponsor, or declines ({@code GA-003}).
 */
@Service
public class AnsweringInvitation {

	private final Resolutions resolutions;

	private final MemberContexts members;

	private final Clock clock;

	AnsweringInvitation(Resolutions resolutions, MemberContexts members, Clock clock) {
		this.resolutions = resolutions;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Records the answer, once.
	 * @param command who answers what
	 * @return done, or why not (nothing written)
	 */
	@Transactional
	public Outcome<Outcome.Done> answer(Answer command) {
		String statement = (command.statement() == null || command.statement().isBlank()) ? null
				: command.statement().strip();
		return this.resolutions.found(command.resolution())
			.then(Resolution::collectingSponsors)
			.check((resolution) -> command.endorses()
					? CoSponsors.allowed(this.members.of(command.member()).may(Action.CO_SPONSOR_RESOLUTION), null)
					: Outcome.done())
			.then((resolution) -> {
				if (!this.resolutions.answer(resolution.id(), command.member(), command.endorses(), statement,
						this.clock.instant())) {
					return Outcome
						.refused(command.member() + " was not invited to co-sponsor, or has answered already.");
				}
				this.resolutions.event(resolution.id(), this.clock.instant(),
						command.endorses() ? ResolutionEvent.ENDORSED : ResolutionEvent.DECLINED, command.member(),
						statement);
				ResolutionLog.CO_SPONSOR_ANSWERED.log(resolution.id(), command.member(), command.endorses());
				return Outcome.done();
			});
	}

	/**
	 * An answer, as the form {@code co-sponsor-endorsement} submits it.
	 *
	 * @param resolution the draft
	 * @param member who answers: the task's assignee
	 * @param endorses whether they endorse it
	 * @param statement what they say, or {@code null}
	 */
	public record Answer(UUID resolution, String member, boolean endorses, String statement) {

	}

}

package org.gavel.resolutions;

import java.time.Clock;
import java.util.UUID;

import org.gavel.membership.MemberContexts;
import org.gavel.membership.model.Action;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member comments on a resolution while it is open for discussion.
 */
@Service
public class CommentingOnResolution {

	private final Resolutions resolutions;

	private final MemberContexts members;

	private final Clock clock;

	CommentingOnResolution(Resolutions resolutions, MemberContexts members, Clock clock) {
		this.resolutions = resolutions;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Adds the comment.
	 * @param command who says what
	 * @return done, or why not (nothing written)
	 */
	@Transactional
	public Outcome<Outcome.Done> comment(Comment command) {
		return this.resolutions.found(command.resolution())
			.check(Resolution::openForComments)
			.check((resolution) -> CoSponsors.allowed(this.members.of(command.by()).may(Action.COMMENT_ON_RESOLUTION),
					null))
			.then((resolution) -> resolution.comment(command.body()).map((body) -> {
				this.resolutions.comment(resolution.id(), command.by(), body, this.clock.instant());
				return Outcome.Done.DONE;
			}));
	}

	/**
	 * A comment, as the form {@code resolution-comment} submits it.
	 *
	 * @param resolution the resolution
	 * @param by who comments
	 * @param body what they say
	 */
	public record Comment(UUID resolution, String by, String body) {

	}

}

package org.gavel.resolutions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.gavel.membership.model.Action;
import org.gavel.membership.model.Decision;
import org.gavel.membership.model.MemberContext;
import org.gavel.membership.model.Membership;
import org.gavel.resolutions.model.Sponsor;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * Who may propose and co-sponsor a resolution, as drafting and inviting both check it:
 * members in the directory with the right to, never two of the same organisation.
 */
final class CoSponsors {

	private CoSponsors() {
	}

	static Outcome<MemberContext> member(Membership membership, String username) {
		return membership.contextOf(username)
			.map(Outcome::accepted)
			.orElseGet(() -> Outcome.refused(username + " is not in the directory."));
	}

	static Outcome<Decision> allowed(Decision decision, String field) {
		return (decision instanceof Decision.Refused refused) ? Outcome.refused(new Refusal(field, refused.reason()))
				: Outcome.accepted(decision);
	}

	/**
	 * The members a proposer invites, each checked.
	 * @param membership the directory now
	 * @param proposer who invites
	 * @param usernames whom, in order (repeats ignored)
	 * @return the co-sponsors, or every problem on the field {@code coSponsors}
	 */
	static Outcome<List<Sponsor>> invitees(Membership membership, MemberContext proposer, List<String> usernames) {
		List<Sponsor> invited = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String username : new LinkedHashSet<>(usernames)) {
			Optional<MemberContext> context = membership.contextOf(username);
			if (context.isEmpty()) {
				problems.add(username + " is not in the directory");
				continue;
			}
			Decision may = context.get().may(Action.CO_SPONSOR_RESOLUTION);
			if (!may.isAllowed()) {
				problems.add(((Decision.Refused) may).reason());
			}
			else if (context.get().organisation().id().equals(proposer.organisation().id())) {
				problems.add(username + " speaks for the proposer's own organisation");
			}
			else {
				invited.add(sponsor(context.get()));
			}
		}
		return problems.isEmpty() ? Outcome.accepted(invited)
				: Outcome.refused("coSponsors", String.join("; ", problems));
	}

	static Sponsor sponsor(MemberContext context) {
		return new Sponsor(context.person().username(), context.organisation().name(), context.category().id());
	}

}

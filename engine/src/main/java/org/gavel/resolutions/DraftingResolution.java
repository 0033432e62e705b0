package org.gavel.resolutions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gavel.membership.Directory;
import org.gavel.membership.model.Action;
import org.gavel.membership.model.MemberContext;
import org.gavel.membership.model.Membership;
import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.model.Sponsor;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member drafts a resolution for an assembly before its submission deadline, with the
 * co-sponsors it invites ({@code GA-002}).
 */
@Service
public class DraftingResolution {

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final Directory directory;

	private final Clock clock;

	DraftingResolution(Assemblies assemblies, Resolutions resolutions, Directory directory, Clock clock) {
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Stores a draft with its proposer and the co-sponsors it invites.
	 * @param draft the draft
	 * @return the resolution, or the field at fault (nothing stored)
	 */
	@Transactional
	public Outcome<Resolution> draft(DraftResolution draft) {
		Instant now = this.clock.instant();
		Membership membership = this.directory.membership();
		return this.assemblies.find(draft.assemblyId())
			.map(Outcome::accepted)
			.orElseGet(() -> Outcome.refused("There is no General Assembly " + draft.assemblyId() + "."))
			.then((assembly) -> assembly.openForSubmissions(now))
			.then((assembly) -> CoSponsors.member(membership, draft.proposer())
				.check((proposer) -> CoSponsors.allowed(proposer.may(Action.SUBMIT_RESOLUTION), null))
				.then((proposer) -> CoSponsors.invitees(membership, proposer, draft.coSponsors())
					.map((invited) -> store(assembly, proposer, invited, draft, now))));
	}

	private Resolution store(Assembly assembly, MemberContext proposer, List<Sponsor> invited, DraftResolution draft,
			Instant now) {
		Resolution resolution = Resolution.drafted(UUID.randomUUID(), assembly.id(), draft.text(), draft.proposer(),
				proposer.organisation().name(), now);
		this.resolutions.add(resolution);
		this.resolutions.version(resolution.id(), Resolutions.Version.first(resolution));
		this.resolutions.sponsor(resolution.id(), 0, CoSponsors.sponsor(proposer), now);
		for (int i = 0; i < invited.size(); i++) {
			this.resolutions.sponsor(resolution.id(), i + 1, invited.get(i), now);
		}
		this.resolutions.event(resolution.id(), now, ResolutionEvent.DRAFTED, draft.proposer(), "for "
				+ assembly.title() + "; co-sponsors invited: "
				+ (invited.isEmpty() ? "none" : String.join(", ", invited.stream().map(Sponsor::username).toList())));
		ResolutionLog.DRAFTED.log(resolution.id(), assembly.id(), draft.proposer(), invited.size());
		return resolution;
	}

	/**
	 * A new draft.
	 *
	 * @param assemblyId the assembly it is for
	 * @param proposer who proposes it
	 * @param text its text
	 * @param coSponsors the members invited to co-sponsor (usernames)
	 */
	public record DraftResolution(UUID assemblyId, String proposer, Resolution.Text text, List<String> coSponsors) {

	}

}

package org.gavel.resolutions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gavel.membership.Directory;
import org.gavel.membership.model.Membership;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.model.Sponsor;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposer invites more members to co-sponsor a draft, for instance when an invited
 * member declined and the sponsor rule is not met yet ({@code GA-012}).
 */
@Service
public class InvitingCoSponsors {

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final Directory directory;

	private final Clock clock;

	InvitingCoSponsors(Assemblies assemblies, Resolutions resolutions, Directory directory, Clock clock) {
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Invites more co-sponsors.
	 * @param command who invites whom
	 * @return the members invited now, or why not (nothing written)
	 */
	@Transactional
	public Outcome<List<String>> invite(Invite command) {
		Instant now = this.clock.instant();
		Membership membership = this.directory.membership();
		return this.resolutions.found(command.resolution())
			.then(Resolution::collectingSponsors)
			.then((resolution) -> resolution.proposedBy(command.by(), "invites co-sponsors"))
			.check((resolution) -> this.assemblies.find(resolution.assemblyId()).orElseThrow().openForSubmissions(now))
			.then((resolution) -> notYetAsked(resolution, command.usernames()))
			.then((resolution) -> CoSponsors.member(membership, command.by())
				.then((proposer) -> CoSponsors.invitees(membership, proposer, command.usernames()))
				.then((invited) -> invited.isEmpty() ? Outcome.refused("coSponsors", "name at least one member")
						: Outcome.accepted(store(resolution, invited, command.by(), now))));
	}

	private Outcome<Resolution> notYetAsked(Resolution resolution, List<String> usernames) {
		List<Resolutions.SponsorRow> sponsors = this.resolutions.sponsors(resolution.id());
		List<String> already = usernames.stream()
			.filter((username) -> sponsors.stream().anyMatch((row) -> row.username().equals(username)))
			.distinct()
			.toList();
		return already.isEmpty() ? Outcome.accepted(resolution) : Outcome.refused("coSponsors",
				String.join(", ", already) + ((already.size() == 1) ? " is" : " are") + " already on the list");
	}

	private List<String> store(Resolution resolution, List<Sponsor> invited, String by, Instant now) {
		int position = this.resolutions.sponsors(resolution.id())
			.stream()
			.mapToInt(Resolutions.SponsorRow::position)
			.max()
			.orElse(0);
		for (Sponsor sponsor : invited) {
			this.resolutions.sponsor(resolution.id(), ++position, sponsor, now);
		}
		List<String> names = invited.stream().map(Sponsor::username).toList();
		this.resolutions.event(resolution.id(), now, ResolutionEvent.INVITED, by,
				"co-sponsors invited: " + String.join(", ", names));
		ResolutionLog.CO_SPONSORS_INVITED.log(resolution.id(), names);
		return names;
	}

	/**
	 * Invite co-sponsors.
	 *
	 * @param resolution the draft
	 * @param by who invites: the proposer
	 * @param usernames whom
	 */
	public record Invite(UUID resolution, String by, List<String> usernames) {

	}

}

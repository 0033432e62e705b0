package org.gavel.resolutions;

import java.time.Clock;
import java.util.UUID;

import org.gavel.membership.ReadingElectoralRolls;
import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.membership.model.RollEntry;
import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.system.Actors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voting on a resolution opens: the assembly's electoral roll is frozen when the first of
 * its ballots opens, and every voter on it is told.
 */
@Service
public class OpeningResolutionVote {

	private final Assemblies assemblies;

	private final Resolutions resolutions;

	private final TakingElectoralRoll takingRoll;

	private final ReadingElectoralRolls rolls;

	private final ResolutionMails mails;

	private final Clock clock;

	OpeningResolutionVote(Assemblies assemblies, Resolutions resolutions, TakingElectoralRoll takingRoll,
			ReadingElectoralRolls rolls, ResolutionMails mails, Clock clock) {
		this.assemblies = assemblies;
		this.resolutions = resolutions;
		this.takingRoll = takingRoll;
		this.rolls = rolls;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Opens the vote.
	 * @param id the resolution
	 * @return the ballot to open: the resolution, its assembly and the frozen roll
	 */
	@Transactional
	public Vote open(UUID id) {
		Resolution resolution = this.resolutions.find(id).orElseThrow();
		Assembly assembly = this.assemblies.find(resolution.assemblyId()).orElseThrow();
		UUID roll = this.assemblies.lockRoll(assembly.id()).orElseGet(() -> {
			UUID taken = this.takingRoll
				.take(new TakingElectoralRoll.TakeElectoralRoll(Electorate.GENERAL_ASSEMBLY, null, Actors.GAVEL))
				.orElseThrow()
				.roll()
				.id();
			this.assemblies.roll(assembly.id(), taken);
			return taken;
		});
		String ruleSet = assembly.ruleSet(resolution.type());
		this.resolutions.status(id, ResolutionStatus.VOTING);
		this.resolutions.event(id, this.clock.instant(), ResolutionEvent.VOTING_OPENED, Actors.GAVEL,
				"under " + ruleSet);
		this.mails.votingOpen(assembly.id(),
				this.rolls.find(roll).orElseThrow().roll().entries().stream().map(RollEntry::voter).toList());
		return new Vote(resolution, assembly, roll);
	}

	/**
	 * What a resolution's ballot opens with.
	 *
	 * @param resolution the resolution
	 * @param assembly its assembly, whose dates are the ballot's
	 * @param rollId the assembly's frozen roll
	 */
	public record Vote(Resolution resolution, Assembly assembly, UUID rollId) {

		/**
		 * The rule set the ballot counts under: the assembly's for the resolution's type.
		 * @return the rule set's name
		 */
		public String ruleSet() {
			return this.assembly.ruleSet(this.resolution.type());
		}

	}

}

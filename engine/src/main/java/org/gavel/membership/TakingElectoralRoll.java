package org.gavel.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gavel.membership.model.ElectoralRoll;
import org.gavel.membership.model.ElectoralRollRules;
import org.gavel.membership.model.Electorate;
import org.gavel.membership.model.ElectorateDefinition;
import org.gavel.membership.model.Membership;
import org.gavel.membership.model.RollDiff;
import org.gavel.membership.model.RollDraft;
import org.gavel.membership.model.RollEntry;
import org.gavel.membership.persistence.ElectoralRolls;
import org.gavel.membership.persistence.MemberSanctions;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a frozen electoral roll from the directory as it is now, less the organisations
 * whose membership is suspended or terminated ({@link SanctioningMembers}), and compares
 * it with the previous roll of the same electorate ({@code IDENTITY-030}).
 */
@Service
public class TakingElectoralRoll {

	private final Directory directory;

	private final ElectoralRolls rolls;

	private final MemberSanctions sanctions;

	private final Electorates electorates;

	private final Clock clock;

	TakingElectoralRoll(Directory directory, ElectoralRolls rolls, MemberSanctions sanctions, Electorates electorates,
			Clock clock) {
		this.directory = directory;
		this.rolls = rolls;
		this.sanctions = sanctions;
		this.electorates = electorates;
		this.clock = clock;
	}

	/**
	 * Takes a roll.
	 * @param command whose roll, as of when
	 * @return the roll stored with what changed since the previous one, or why not
	 */
	@Transactional
	public Outcome<Taken> take(TakeElectoralRoll command) {
		if (!command.electorate().drawn()) {
			return Outcome.refused("electorate",
					"the roll of " + command.electorate() + " is taken by its process, not drawn from the directory");
		}
		Instant now = this.clock.instant();
		Instant cutOff = (command.cutOff() != null) ? command.cutOff() : now;
		if (cutOff.isAfter(now)) {
			return Outcome.refused("cutOff", "is in the future (" + cutOff
					+ "); the directory can only be read as it is now, so take the roll at or after its cut-off");
		}
		ElectorateDefinition definition = null;
		if (command.electorate() == Electorate.CONFIGURED) {
			definition = this.electorates.configured(command.configured()).orElse(null);
			if (definition == null) {
				return Outcome.refused("electorate", "no electorate '" + command.configured() + "' is configured");
			}
			Membership membership = this.directory.membership();
			List<String> unknown = definition.categories()
				.stream()
				.filter((category) -> membership.category(category).isEmpty())
				.sorted()
				.toList();
			if (!unknown.isEmpty()) {
				return Outcome.refused("electorate",
						"electorate " + definition.id() + " names categories the directory " + "does not have ("
								+ String.join(", ", unknown) + "); correct gavel.membership.electorates");
			}
		}
		RollDraft draft = (definition != null)
				? ElectoralRollRules.configured(definition, this.directory.membership(), this.sanctions.inForce())
				: ElectoralRollRules.draw(command.electorate(), this.directory.membership(), this.sanctions.inForce());
		String key = (definition != null) ? definition.id() : command.electorate().name();
		ElectoralRoll previous = this.rolls.latest(key).orElse(null);
		ElectoralRoll roll = new ElectoralRoll(UUID.randomUUID(), command.electorate(),
				(definition != null) ? definition.id() : null,
				(definition != null) ? definition.per() == ElectorateDefinition.Per.ORGANISATION
						: command.electorate() == Electorate.GENERAL_ASSEMBLY,
				cutOff, now, command.takenBy(), (previous != null) ? previous.id() : null, draft.entries(),
				draft.notes());
		this.rolls.add(roll);
		List<RollEntry> before = (previous != null) ? previous.entries() : List.of();
		RollDiff diff = RollDiff.between(roll::keyOf, before, roll.entries());
		IdentityLog.ROLL_TAKEN.log(roll.id(), roll.key(), roll.entries().size(), diff.added().size(),
				diff.removed().size(), diff.changed().size(), roll.takenBy());
		return Outcome.accepted(new Taken(roll, diff));
	}

	/**
	 * Take a roll.
	 *
	 * @param electorate whose roll
	 * @param cutOff as of when; {@code null} for now; never in the future
	 * @param takenBy who asks (username, or {@code Gavel})
	 */
	public record TakeElectoralRoll(Electorate electorate, String configured, Instant cutOff, String takenBy) {

		/**
		 * Take a roll of a built-in electorate.
		 * @param electorate whose roll
		 * @param cutOff as of when; {@code null} for now
		 * @param takenBy who asks
		 */
		public TakeElectoralRoll(Electorate electorate, Instant cutOff, String takenBy) {
			this(electorate, null, cutOff, takenBy);
		}

		/**
		 * Take a roll of an electorate chosen by name.
		 * @param chosen the electorate
		 * @param cutOff as of when; {@code null} for now
		 * @param takenBy who asks
		 * @return the command
		 */
		public static TakeElectoralRoll of(Electorates.Chosen chosen, Instant cutOff, String takenBy) {
			return new TakeElectoralRoll(chosen.electorate(),
					(chosen.definition() != null) ? chosen.definition().id() : null, cutOff, takenBy);
		}

	}

	/**
	 * A roll taken.
	 *
	 * @param roll the roll
	 * @param diff what changed since the previous roll of the electorate
	 */
	public record Taken(ElectoralRoll roll, RollDiff diff) {

	}

}

package org.gavel.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gavel.membership.model.ElectoralRoll;
import org.gavel.membership.model.ElectoralRollRules;
import org.gavel.membership.model.Electorate;
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

	private final Clock clock;

	TakingElectoralRoll(Directory directory, ElectoralRolls rolls, MemberSanctions sanctions, Clock clock) {
		this.directory = directory;
		this.rolls = rolls;
		this.sanctions = sanctions;
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
		RollDraft draft = ElectoralRollRules.draw(command.electorate(), this.directory.membership(),
				this.sanctions.inForce());
		ElectoralRoll previous = this.rolls.latest(command.electorate()).orElse(null);
		ElectoralRoll roll = new ElectoralRoll(UUID.randomUUID(), command.electorate(), cutOff, now, command.takenBy(),
				(previous != null) ? previous.id() : null, draft.entries(), draft.notes());
		this.rolls.add(roll);
		List<RollEntry> before = (previous != null) ? previous.entries() : List.of();
		RollDiff diff = RollDiff.between(roll.electorate(), before, roll.entries());
		IdentityLog.ROLL_TAKEN.log(roll.id(), roll.electorate(), roll.entries().size(), diff.added().size(),
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
	public record TakeElectoralRoll(Electorate electorate, Instant cutOff, String takenBy) {

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

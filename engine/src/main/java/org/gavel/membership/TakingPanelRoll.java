package org.gavel.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gavel.membership.model.ElectoralRoll;
import org.gavel.membership.model.ElectoralRollRules;
import org.gavel.membership.model.RollDraft;
import org.gavel.membership.persistence.ElectoralRolls;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the frozen roll of a complaints panel that votes on its decision: its members as
 * the directory has them now, one vote each ({@code IDENTITY-032}).
 */
@Service
public class TakingPanelRoll {

	private final Directory directory;

	private final ElectoralRolls rolls;

	private final Clock clock;

	TakingPanelRoll(Directory directory, ElectoralRolls rolls, Clock clock) {
		this.directory = directory;
		this.rolls = rolls;
		this.clock = clock;
	}

	/**
	 * Takes the roll.
	 * @param command the panel's members, and who asks
	 * @return the roll stored
	 */
	@Transactional
	public ElectoralRoll take(TakePanelRoll command) {
		Instant now = this.clock.instant();
		RollDraft draft = ElectoralRollRules.panel(command.members(), this.directory.membership());
		ElectoralRoll roll = new ElectoralRoll(UUID.randomUUID(), draft.electorate(), now, now, command.takenBy(), null,
				draft.entries(), draft.notes());
		this.rolls.add(roll);
		IdentityLog.PANEL_ROLL_TAKEN.log(roll.id(), roll.entries().size(), draft.notes().size(), command.takenBy());
		return roll;
	}

	/**
	 * A panel's roll to take.
	 *
	 * @param members the panel members' usernames
	 * @param takenBy who asks
	 */
	public record TakePanelRoll(List<String> members, String takenBy) {

	}

}

package org.gavel.membership;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.membership.model.ElectoralRoll;
import org.gavel.membership.model.RollNote;
import org.gavel.membership.persistence.ElectoralRolls;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Derives from a stored roll one without some of its voters (members recused from an item
 * for a conflict of interest), each left out with a note saying why
 * ({@code IDENTITY-031}). The stored roll is not touched.
 */
@Service
public class DerivingElectoralRoll {

	private final ElectoralRolls rolls;

	private final Clock clock;

	DerivingElectoralRoll(ElectoralRolls rolls, Clock clock) {
		this.rolls = rolls;
		this.clock = clock;
	}

	/**
	 * Derives the roll.
	 * @param command the roll to start from, the voters to leave out and who asks
	 * @return the new roll
	 */
	@Transactional
	public ElectoralRoll derive(Withdrawing command) {
		Map<String, String> withdrawn = command.withdrawn();
		ElectoralRoll from = this.rolls.find(command.rollId())
			.orElseThrow(() -> new IllegalArgumentException("no electoral roll " + command.rollId()));
		List<RollNote> notes = new ArrayList<>(from.notes());
		from.entries()
			.stream()
			.filter((entry) -> withdrawn.containsKey(entry.voter()))
			.forEach(
					(entry) -> notes.add(new RollNote(entry.voterName(), "left out: " + withdrawn.get(entry.voter()))));
		ElectoralRoll roll = new ElectoralRoll(UUID.randomUUID(), from.electorate(), from.configured(),
				from.perOrganisation(), from.cutOff(), this.clock.instant(), command.takenBy(), from.id(),
				from.entries().stream().filter((entry) -> !withdrawn.containsKey(entry.voter())).toList(), notes);
		this.rolls.add(roll);
		IdentityLog.ROLL_DERIVED.log(roll.id(), from.id(), roll.entries().size(),
				from.entries().size() - roll.entries().size(), command.takenBy());
		return roll;
	}

	/**
	 * A roll to derive.
	 *
	 * @param rollId the roll to start from
	 * @param withdrawn the voters to leave out, with the reason for each
	 * @param takenBy who asks
	 */
	public record Withdrawing(UUID rollId, Map<String, String> withdrawn, String takenBy) {

	}

}

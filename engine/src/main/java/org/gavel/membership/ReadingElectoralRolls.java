package org.gavel.membership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.membership.model.ElectoralRoll;
import org.gavel.membership.model.RollDiff;
import org.gavel.membership.model.RollEntry;
import org.gavel.membership.persistence.ElectoralRolls;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads stored rolls, each with its difference from the roll it follows.
 */
@Service
public class ReadingElectoralRolls {

	private final ElectoralRolls rolls;

	ReadingElectoralRolls(ElectoralRolls rolls) {
		this.rolls = rolls;
	}

	@Transactional(readOnly = true)
	public List<ElectoralRoll> list() {
		return this.rolls.list();
	}

	@Transactional(readOnly = true)
	public Optional<RollWithChanges> find(UUID id) {
		return this.rolls.find(id).map((roll) -> {
			List<RollEntry> before = Optional.ofNullable(roll.previousId())
				.flatMap(this.rolls::find)
				.map(ElectoralRoll::entries)
				.orElse(List.of());
			return new RollWithChanges(roll, RollDiff.between(roll::keyOf, before, roll.entries()));
		});
	}

	/**
	 * A roll and what changed since the one before it.
	 *
	 * @param roll the roll
	 * @param changes the difference
	 */
	public record RollWithChanges(ElectoralRoll roll, RollDiff changes) {

	}

}

package org.gavel.voting.model;

import java.util.Map;
import java.util.Objects;

/**
 * How much each vote weighs.
 *
 * <p>
 * With {@link Mode#CHAMBER_WEIGHTED}, each chamber holds its weight (unequal weights
 * allowed); inside it, sub-chambers hold their shares (FSC: North and South 1/2 each)
 * and, inside those, member types hold theirs (FSC: organisations 9/10, individuals
 * 1/10). A group's weight is split equally among its members counted by
 * {@link #normaliseOver()}. A level without shares is not split by.
 *
 * @param mode how votes are weighted
 * @param chambers each chamber's weight (any positive numbers; only their ratios matter
 * except against an absolute denominator); empty unless chamber-weighted
 * @param subChambers each sub-chamber's share inside its chamber; empty for none
 * @param memberTypes each member type's share inside its (sub-)chamber; empty for none
 * @param normaliseOver whom a group's weight is shared among
 * @param emptyGroups what happens to the weight of a group nobody counts in
 */
public record Weighting(Mode mode, Map<String, Share> chambers, Map<String, Share> subChambers,
		Map<String, Share> memberTypes, Base normaliseOver, EmptyGroups emptyGroups) {

	public Weighting {
		Objects.requireNonNull(mode, "mode");
		chambers = Map.copyOf(chambers);
		subChambers = Map.copyOf(subChambers);
		memberTypes = Map.copyOf(memberTypes);
		Objects.requireNonNull(normaliseOver, "normaliseOver");
		Objects.requireNonNull(emptyGroups, "emptyGroups");
	}

	public static Weighting oneMemberOneVote() {
		return new Weighting(Mode.ONE_MEMBER_ONE_VOTE, Map.of(), Map.of(), Map.of(), Base.VOTERS,
				EmptyGroups.REDISTRIBUTE);
	}

	/** How votes are weighted. */
	public enum Mode {

		/** Every vote weighs the same (RSPO, RTRS). */
		ONE_MEMBER_ONE_VOTE,
		/** Chambers hold fixed weights, shared among their members (FSC, GPSNR). */
		CHAMBER_WEIGHTED,
		/** One vote per seat (Executive Committee, boards). */
		BY_SEAT

	}

	/** Whom a group's weight is shared among. */
	public enum Base {

		/** Those who cast a valid ballot (for, against, abstain). */
		VOTERS,
		/** Those present: voters, spoilt ballots and members present without a ballot. */
		PRESENT,
		/** Everyone on the roll. */
		REGISTERED

	}

	/** What becomes of the weight of a group in which nobody counts. */
	public enum EmptyGroups {

		/** It goes to its sibling groups, in proportion to their own shares. */
		REDISTRIBUTE,
		/** It is lost: it counts toward nothing. */
		LOST

	}

}

package org.gavel.voting.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The weight of one member's vote in each voting group, exactly.
 */
final class Weights {

	private Weights() {
	}

	/**
	 * Computes per-member weights.
	 * @param weighting the rule set's weighting
	 * @param groups the groups with their counts
	 * @param base whom a group's weight is shared among
	 * @return each group's per-member weight (zero for a group with nobody in its base)
	 */
	static Map<VotingGroup, Share> perMember(Weighting weighting, List<GroupCount> groups, Weighting.Base base) {
		Map<VotingGroup, Share> weights = new HashMap<>();
		if (weighting.mode() != Weighting.Mode.CHAMBER_WEIGHTED) {
			groups.forEach((group) -> weights.put(group.group(), Share.ONE));
			return weights;
		}
		ToIntFunction<GroupCount> members = (group) -> members(group, base);
		Map<String, Share> chamberShares = shares(weighting.chambers(), groups, (g) -> g.group().chamber(), members,
				weighting.emptyGroups());
		for (GroupCount group : groups) {
			int n = members.applyAsInt(group);
			if (n == 0) {
				weights.put(group.group(), Share.ZERO);
				continue;
			}
			String chamber = group.group().chamber();
			List<GroupCount> inChamber = groups.stream().filter((g) -> g.group().chamber().equals(chamber)).toList();
			Share subShare = levelShare(weighting.subChambers(), inChamber, group, (g) -> g.group().subChamber(),
					members, weighting.emptyGroups());
			List<GroupCount> inSubChamber = inChamber.stream()
				.filter((g) -> Objects.equals(g.group().subChamber(), group.group().subChamber()))
				.toList();
			Share typeShare = levelShare(weighting.memberTypes(), inSubChamber, group, (g) -> g.group().memberType(),
					members, weighting.emptyGroups());
			weights.put(group.group(), chamberShares.get(chamber).times(subShare).times(typeShare).over(n));
		}
		return weights;
	}

	/**
	 * What {@link #perMember} would find with no weight in the rule set, walking the
	 * groups as it does: every group's chamber, then, for each group with members, the
	 * sub-chambers beside it and the member types beside it.
	 * @param weighting the rule set's weighting
	 * @param groups the groups with their counts
	 * @param base whom a group's weight is shared among
	 * @return the first group and key without a weight, described, or empty
	 */
	static Optional<String> unweighted(Weighting weighting, List<GroupCount> groups, Weighting.Base base) {
		if (weighting.mode() != Weighting.Mode.CHAMBER_WEIGHTED) {
			return Optional.empty();
		}
		Optional<String> chambers = unweighted(weighting.chambers(), groups, (g) -> g.group().chamber());
		if (chambers.isPresent()) {
			return chambers;
		}
		for (GroupCount group : groups) {
			if (members(group, base) == 0) {
				continue;
			}
			List<GroupCount> inChamber = groups.stream()
				.filter((g) -> g.group().chamber().equals(group.group().chamber()))
				.toList();
			Optional<String> subChambers = weighting.subChambers().isEmpty() ? Optional.empty()
					: unweighted(weighting.subChambers(), inChamber, (g) -> g.group().subChamber());
			if (subChambers.isPresent()) {
				return subChambers;
			}
			List<GroupCount> inSubChamber = inChamber.stream()
				.filter((g) -> Objects.equals(g.group().subChamber(), group.group().subChamber()))
				.toList();
			Optional<String> memberTypes = weighting.memberTypes().isEmpty() ? Optional.empty()
					: unweighted(weighting.memberTypes(), inSubChamber, (g) -> g.group().memberType());
			if (memberTypes.isPresent()) {
				return memberTypes;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> unweighted(Map<String, Share> configured, Collection<GroupCount> groups,
			Function<GroupCount, String> key) {
		return groups.stream()
			.filter((group) -> !configured.containsKey(key.apply(group)))
			.findFirst()
			.map((group) -> noWeight(group, key.apply(group)));
	}

	private static String noWeight(GroupCount group, String key) {
		return "voting group " + group.group() + ": '" + key + "' has no weight in the rule set";
	}

	static int members(GroupCount group, Weighting.Base base) {
		Counts total = group.total();
		return switch (base) {
			case VOTERS -> total.valid();
			case PRESENT -> total.all() + group.presentNotVoting();
			case REGISTERED -> group.registered();
		};
	}

	private static Share levelShare(Map<String, Share> configured, List<GroupCount> siblings, GroupCount group,
			Function<GroupCount, String> key, ToIntFunction<GroupCount> members, Weighting.EmptyGroups empty) {
		if (configured.isEmpty()) {
			return Share.ONE;
		}
		return shares(configured, siblings, key, members, empty).get(key.apply(group));
	}

	/**
	 * Each key's share of a level: its configured weight over the weights of the keys
	 * that have members (REDISTRIBUTE) or of all configured keys (LOST).
	 */
	private static Map<String, Share> shares(Map<String, Share> configured, Collection<GroupCount> groups,
			Function<GroupCount, String> key, ToIntFunction<GroupCount> members, Weighting.EmptyGroups empty) {
		Map<String, Integer> counted = new HashMap<>();
		for (GroupCount group : groups) {
			String k = key.apply(group);
			if (!configured.containsKey(k)) {
				throw new IllegalArgumentException(noWeight(group, k));
			}
			counted.merge(k, members.applyAsInt(group), Integer::sum);
		}
		Share total = configured.entrySet()
			.stream()
			.filter((entry) -> empty == Weighting.EmptyGroups.LOST || counted.getOrDefault(entry.getKey(), 0) > 0)
			.map(Map.Entry::getValue)
			.reduce(Share.ZERO, Share::plus);
		Map<String, Share> shares = new HashMap<>();
		configured.forEach((k, weight) -> shares.put(k, total.isZero() ? Share.ZERO : weight.over(total)));
		return shares;
	}

}

package org.gavel.voting.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers individual ballots into the counts per voting group the tally works on. Every
 * group of the roll appears, voted or not.
 */
public final class Counting {

	private Counting() {
	}

	/**
	 * Counts ballots.
	 * @param rules the rule set (it decides which groups to split by)
	 * @param roll the frozen roll
	 * @param ballots one counted ballot per voter at most
	 * @param presentWithoutBallot ids of voters present in the room who cast no ballot
	 * @return the counts per group
	 */
	public static List<GroupCount> groups(RuleSet rules, List<Elector> roll, List<CastBallot> ballots,
			Set<String> presentWithoutBallot) {
		Map<String, VotingGroup> groupOf = new HashMap<>();
		Map<VotingGroup, Integer> registered = new LinkedHashMap<>();
		for (Elector elector : roll) {
			VotingGroup group = rules.groupOf(elector.chamber(), elector.subChamber(), elector.memberType());
			if (groupOf.put(elector.id(), group) != null) {
				throw new IllegalArgumentException("voter " + elector.id() + " is on the roll twice");
			}
			registered.merge(group, 1, Integer::sum);
		}
		Map<VotingGroup, Map<Channel, Counts>> cast = new HashMap<>();
		Set<String> voted = new HashSet<>();
		for (CastBallot ballot : ballots) {
			VotingGroup group = groupOf.get(ballot.elector());
			if (group == null) {
				throw new IllegalArgumentException("voter " + ballot.elector() + " is not on the roll");
			}
			if (!voted.add(ballot.elector())) {
				throw new IllegalArgumentException("voter " + ballot.elector() + " has more than one counted ballot");
			}
			cast.computeIfAbsent(group, (g) -> new HashMap<>())
				.merge(ballot.channel(), Counts.of(ballot.choice()), Counts::plus);
		}
		Map<VotingGroup, Integer> present = new HashMap<>();
		presentWithoutBallot.stream()
			.filter((id) -> !voted.contains(id) && groupOf.containsKey(id))
			.forEach((id) -> present.merge(groupOf.get(id), 1, Integer::sum));
		return registered.entrySet()
			.stream()
			.map((entry) -> new GroupCount(entry.getKey(), entry.getValue(),
					cast.getOrDefault(entry.getKey(), Map.of()), present.getOrDefault(entry.getKey(), 0)))
			.toList();
	}

}

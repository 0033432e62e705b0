package org.gavel.voting.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks the quorum of a rule set.
 */
final class Quorums {

	private Quorums() {
	}

	static List<Check> check(RuleSet rules, List<GroupCount> groups) {
		Quorum quorum = rules.quorum();
		Map<VotingGroup, Share> power = (quorum.basis() == Quorum.Basis.VOTING_POWER)
				? Weights.perMember(rules.weighting(), groups, Weighting.Base.REGISTERED) : null;
		if (quorum.scope() == Quorum.Scope.OVERALL) {
			return List.of(check("Quorum", groups, quorum, power));
		}
		Map<String, List<GroupCount>> byChamber = new TreeMap<>();
		groups.forEach(
				(group) -> byChamber.computeIfAbsent(group.group().chamber(), (c) -> new ArrayList<>()).add(group));
		List<Check> checks = new ArrayList<>();
		byChamber.forEach((chamber, inChamber) -> {
			if (inChamber.stream().mapToInt(GroupCount::registered).sum() > 0) {
				checks.add(check("Quorum in " + chamber, inChamber, quorum, power));
			}
		});
		return checks;
	}

	private static Check check(String subject, List<GroupCount> groups, Quorum quorum, Map<VotingGroup, Share> power) {
		if (power == null) {
			int took = groups.stream().mapToInt((group) -> participants(group, quorum)).sum();
			int registered = groups.stream().mapToInt(GroupCount::registered).sum();
			Share share = (registered == 0) ? Share.ZERO : Share.of(took, registered);
			return Check.of(subject + ", " + took + " of " + registered + " took part", share, quorum.comparison(),
					quorum.threshold(), "of the roll");
		}
		Share took = Share.ZERO;
		Share whole = Share.ZERO;
		for (GroupCount group : groups) {
			Share w = power.get(group.group());
			took = took.plus(w.times(participants(group, quorum)));
			whole = whole.plus(w.times(group.registered()));
		}
		return Check.of(subject, whole.isZero() ? Share.ZERO : took.over(whole), quorum.comparison(),
				quorum.threshold(), "of the voting power took part");
	}

	static int participants(GroupCount group, Quorum quorum) {
		Set<Quorum.Counting> counting = quorum.counting();
		int took = quorum.online()
				? counted(group.through(Channel.ONLINE), counting) + counted(group.through(Channel.PAPER), counting)
				: 0;
		if (counting.contains(Quorum.Counting.PROXIES)) {
			took += counted(group.through(Channel.PROXY), counting);
		}
		if (counting.contains(Quorum.Counting.IN_ROOM)) {
			took += counted(group.through(Channel.IN_ROOM), counting);
		}
		if (counting.contains(Quorum.Counting.PRESENT_NOT_VOTING)) {
			took += group.presentNotVoting();
		}
		return took;
	}

	private static int counted(Counts counts, Set<Quorum.Counting> counting) {
		return counts.inFavour() + counts.against()
				+ (counting.contains(Quorum.Counting.ABSTENTIONS) ? counts.abstain() : 0)
				+ (counting.contains(Quorum.Counting.SPOILT) ? counts.spoilt() : 0);
	}

	static String consequence(Quorum quorum) {
		if (quorum.level() == Quorum.Level.MEETING) {
			return "The meeting was not validly constituted: it can decide nothing, this ballot included"
					+ ((quorum.onFailure() == Quorum.OnFailure.MEETING_INVALID) ? "; it must be reconvened." : ".");
		}
		return switch (quorum.onFailure()) {
			case MOTION_FAILS -> "Quorum not reached: the motion fails.";
			case MEETING_INVALID -> "Quorum not reached: the meeting is not valid and must be reconvened.";
			case EXTEND_WINDOW -> "Quorum not reached: the voting window is to be extended.";
		};
	}

}

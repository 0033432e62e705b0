package org.gavel.voting.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts a ballot under a rule set: a pure function of the rule set and the counts per
 * voting group, in exact arithmetic.
 */
public final class Tally {

	private Tally() {
	}

	public static Result count(RuleSet rules, List<GroupCount> groups) {
		return count(rules, groups, Optional.empty());
	}

	/**
	 * Counts a ballot.
	 * @param rules the rule set fixed when the ballot opened
	 * @param groups the counts per voting group (every group of the roll, voted or not)
	 * @param castingVote the chair's casting vote, when a tie was put to it
	 * @return the result, explained
	 */
	public static Result count(RuleSet rules, List<GroupCount> groups, Optional<Choice> castingVote) {
		return count(rules, groups, castingVote, null);
	}

	/**
	 * Counts a ballot whose rule set may count quorum for its meeting.
	 * @param rules the rule set fixed when the ballot opened
	 * @param groups the counts per voting group
	 * @param castingVote the chair's casting vote, when a tie was put to it
	 * @param meetingQuorum the meeting's quorum checks ({@link MeetingQuorum}) where the
	 * rule set counts quorum for the meeting; {@code null} when the ballot has no meeting
	 * @return the result, explained
	 */
	public static Result count(RuleSet rules, List<GroupCount> groups, Optional<Choice> castingVote,
			List<Check> meetingQuorum) {
		List<Check> checks = new ArrayList<>();
		Map<VotingGroup, Share> weights = Weights.perMember(rules.weighting(), groups,
				rules.weighting().normaliseOver());
		List<ChamberFigures> chambers = chamberFigures(groups, weights);
		ChamberFigures totals = totals(groups, weights);
		if (rules.quorum() != null) {
			List<Check> quorum = (rules.quorum().level() == Quorum.Level.BALLOT) ? Quorums.check(rules, groups)
					: (meetingQuorum != null) ? meetingQuorum
							: List.of(new Check(false, "Meeting quorum: this rule set counts quorum once for the "
									+ "meeting, from its attendance register, and this ballot belongs to no meeting"));
			checks.addAll(quorum);
			if (quorum.stream().anyMatch((check) -> !check.met())) {
				checks.add(new Check(false, Quorums.consequence(rules.quorum())));
				return new Result(rules.name(), rules.version(), BallotOutcome.NO_QUORUM, totals, chambers, checks);
			}
		}
		Totals weighted = Totals.of(groups, weights);
		if (weighted.isTie()) {
			BallotOutcome tie = Ties.decide(rules.ties(), castingVote, totals.ballots(), checks);
			if (tie != null) {
				return new Result(rules.name(), rules.version(), tie, totals, chambers, checks);
			}
		}
		for (RuleSet.Condition condition : rules.conditions()) {
			checks.addAll(Conditions.check(condition, groups, weights, weighted));
		}
		BallotOutcome outcome = checks.stream().allMatch(Check::met) ? BallotOutcome.ADOPTED : BallotOutcome.REJECTED;
		return new Result(rules.name(), rules.version(), outcome, totals, chambers, checks);
	}

	private static List<ChamberFigures> chamberFigures(List<GroupCount> groups, Map<VotingGroup, Share> weights) {
		Map<String, List<GroupCount>> byChamber = new TreeMap<>();
		groups.forEach(
				(group) -> byChamber.computeIfAbsent(group.group().chamber(), (c) -> new ArrayList<>()).add(group));
		List<ChamberFigures> figures = new ArrayList<>();
		byChamber.forEach((chamber, inChamber) -> figures.add(figures(chamber, inChamber, weights)));
		return figures;
	}

	private static ChamberFigures totals(List<GroupCount> groups, Map<VotingGroup, Share> weights) {
		return figures("all", groups, weights);
	}

	private static ChamberFigures figures(String name, List<GroupCount> groups, Map<VotingGroup, Share> weights) {
		Totals weighted = Totals.of(groups, weights);
		return new ChamberFigures(name, groups.stream().mapToInt(GroupCount::registered).sum(),
				groups.stream().map(GroupCount::total).reduce(Counts.NONE, Counts::plus),
				groups.stream().mapToInt(GroupCount::presentNotVoting).sum(), weighted.inFavourOfForAndAgainst());
	}

}

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
			List<Check> quorum = quorum(rules, groups, meetingQuorum);
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

	/**
	 * Counts a ballot between options. Quorum is checked once, on every ballot cast. Each
	 * option is then put to the rule set's conditions as if it were a motion: the ballots
	 * for it in favour, the ballots for any other option against, abstentions and spoilt
	 * ballots as they are. The option that alone meets every condition is chosen; where
	 * more than one does (a rule set whose threshold is below a half), the one with the
	 * largest weighted share of the ballots for an option; two options level at the top
	 * leave the ballot tied, and none that meets them all leaves it without a choice.
	 * @param rules the rule set fixed when the ballot opened
	 * @param labels the options, in the ballot's order (option 1 first)
	 * @param groups the counts per voting group as cast: a ballot for any option counts
	 * as {@link Counts#inFavour()}
	 * @param perOption for each option number, the counts per voting group with the
	 * ballots for it in favour and those for the other options against
	 * @param meetingQuorum the meeting's quorum checks, or {@code null} (see
	 * {@link #count(RuleSet, List, Optional, List)})
	 * @return the result, explained, with each option's figures
	 */
	public static Result countOptions(RuleSet rules, List<String> labels, List<GroupCount> groups,
			Map<Integer, List<GroupCount>> perOption, List<Check> meetingQuorum) {
		List<Check> checks = new ArrayList<>();
		Map<VotingGroup, Share> weights = Weights.perMember(rules.weighting(), groups,
				rules.weighting().normaliseOver());
		List<ChamberFigures> chambers = chamberFigures(groups, weights).stream().map(Tally::withoutShare).toList();
		ChamberFigures totals = withoutShare(totals(groups, weights));
		boolean quorate = true;
		if (rules.quorum() != null) {
			List<Check> quorum = quorum(rules, groups, meetingQuorum);
			checks.addAll(quorum);
			quorate = quorum.stream().allMatch(Check::met);
		}
		List<Counted> counted = new ArrayList<>();
		for (int number = 1; number <= labels.size(); number++) {
			List<GroupCount> option = perOption.get(number);
			Map<VotingGroup, Share> optionWeights = Weights.perMember(rules.weighting(), option,
					rules.weighting().normaliseOver());
			Totals weighted = Totals.of(option, optionWeights);
			List<Check> conditions = new ArrayList<>();
			if (quorate) {
				for (RuleSet.Condition condition : rules.conditions()) {
					conditions.addAll(Conditions.check(condition, option, optionWeights, weighted));
				}
			}
			String name = "Option " + number + ", " + labels.get(number - 1);
			conditions.replaceAll((check) -> new Check(check.met(),
					name + " \u2014 "
							+ check.explanation()
								.replace("in favour, counting " + Denominator.FOR_PLUS_AGAINST.words(),
										"of the ballots for an option")));
			counted.add(new Counted(number, name, labels.get(number - 1), option, optionWeights,
					quorate && conditions.stream().allMatch(Check::met),
					Optional.ofNullable(weighted.inFavourOfForAndAgainst()).orElse(Share.ZERO), conditions));
		}
		if (!quorate) {
			checks.add(new Check(false, Quorums.consequence(rules.quorum())));
			return new Result(rules.name(), rules.version(), BallotOutcome.NO_QUORUM, totals, chambers, checks,
					figures(counted, null));
		}
		counted.forEach((option) -> checks.addAll(option.checks()));
		List<Counted> met = counted.stream().filter(Counted::met).toList();
		Counted chosen = null;
		BallotOutcome outcome;
		if (met.isEmpty()) {
			outcome = BallotOutcome.REJECTED;
			checks.add(new Check(false, "No option met every condition: the ballot chose none"));
		}
		else {
			Share top = met.stream().map(Counted::share).max(Share::compareTo).orElseThrow();
			List<Counted> leading = met.stream().filter((option) -> option.share().compareTo(top) == 0).toList();
			if (leading.size() > 1) {
				outcome = BallotOutcome.TIE;
				checks.add(new Check(false,
						leading.stream().map(Counted::name).reduce((a, b) -> a + " and " + b).orElseThrow()
								+ " met every condition with the same share, " + top.percent()
								+ ": the ballot chose none"));
			}
			else {
				chosen = leading.get(0);
				outcome = BallotOutcome.ADOPTED;
				checks.add(
						new Check(true,
								chosen.name() + " is chosen: "
										+ ((met.size() == 1) ? "it alone met every condition" : "of the " + met.size()
												+ " options that met every condition, it has the largest share, "
												+ top.percent())));
			}
		}
		return new Result(rules.name(), rules.version(), outcome, totals, chambers, checks, figures(counted, chosen));
	}

	private static List<Check> quorum(RuleSet rules, List<GroupCount> groups, List<Check> meetingQuorum) {
		return (rules.quorum().level() == Quorum.Level.BALLOT) ? Quorums.check(rules, groups)
				: (meetingQuorum != null) ? meetingQuorum
						: List.of(new Check(false, "Meeting quorum: this rule set counts quorum once for the "
								+ "meeting, from its attendance register, and this ballot belongs to no meeting"));
	}

	private static List<OptionFigures> figures(List<Counted> counted, Counted chosen) {
		return counted.stream()
			.map((option) -> new OptionFigures(option.number(), option.label(),
					totals(option.groups(), option.weights()), chamberFigures(option.groups(), option.weights()),
					option.met(), option == chosen))
			.toList();
	}

	/** A ballot's own figures between options: no share of for and against to show. */
	private static ChamberFigures withoutShare(ChamberFigures figures) {
		return new ChamberFigures(figures.chamber(), figures.registered(), figures.ballots(),
				figures.presentNotVoting(), null);
	}

	/** One option, counted. */
	private record Counted(int number, String name, String label, List<GroupCount> groups,
			Map<VotingGroup, Share> weights, boolean met, Share share, List<Check> checks) {

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

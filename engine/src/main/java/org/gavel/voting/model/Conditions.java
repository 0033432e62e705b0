package org.gavel.voting.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the pass conditions of a rule set.
 */
final class Conditions {

	private Conditions() {
	}

	static List<Check> check(RuleSet.Condition condition, List<GroupCount> groups, Map<VotingGroup, Share> weights,
			Totals overall) {
		if (condition instanceof RuleSet.Overall rule) {
			return List.of(share("Overall", overall, rule.threshold(), rule.comparison(), rule.denominator(), false));
		}
		RuleSet.PerChamber rule = (RuleSet.PerChamber) condition;
		if (rule.onlyIfAnyAgainst() && overall.against().isZero()) {
			return List.of(new Check(true, "In each chamber: not checked, nobody voted against."));
		}
		Map<String, List<GroupCount>> byChamber = new TreeMap<>();
		groups.forEach(
				(group) -> byChamber.computeIfAbsent(group.group().chamber(), (c) -> new ArrayList<>()).add(group));
		List<Check> checks = new ArrayList<>();
		boolean skipSilent = rule.scope() == RuleSet.ChamberScope.EVERY_CHAMBER_THAT_VOTED;
		byChamber.forEach((chamber, inChamber) -> checks.add(share(chamber, Totals.of(inChamber, weights),
				rule.threshold(), rule.comparison(), rule.denominator(), skipSilent)));
		return checks;
	}

	private static Check share(String subject, Totals totals, Share threshold, Comparison comparison,
			Denominator denominator, boolean skipWhenEmpty) {
		Share share = totals.inFavourOf(denominator);
		if (share == null) {
			return skipWhenEmpty ? new Check(true, subject + ": no ballot to count, skipped.")
					: new Check(false, subject + ": nothing to count (" + denominator.words() + "): not met");
		}
		return Check.of(subject, share, comparison, threshold, "in favour, counting " + denominator.words());
	}

}

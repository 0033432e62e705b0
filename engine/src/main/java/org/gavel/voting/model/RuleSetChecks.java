package org.gavel.voting.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The combinations of parameters that make no sense, each named by the field at fault.
 */
final class RuleSetChecks {

	private RuleSetChecks() {
	}

	static List<String> problems(Weighting weighting, Quorum quorum, List<RuleSet.Condition> conditions,
			RuleSet.Mechanics mechanics) {
		List<String> problems = new ArrayList<>();
		if (quorum != null && quorum.level() == Quorum.Level.MEETING) {
			if (quorum.basis() != Quorum.Basis.HEADCOUNT) {
				problems.add("quorum.basis: a meeting's quorum counts the members present or represented "
						+ "(HEADCOUNT), not voting power");
			}
			if (quorum.counting().contains(Quorum.Counting.ABSTENTIONS)
					|| quorum.counting().contains(Quorum.Counting.SPOILT)
					|| quorum.counting().contains(Quorum.Counting.PRESENT_NOT_VOTING)) {
				problems.add("quorum.counting: a meeting's quorum counts attendance (IN_ROOM for those present, "
						+ "PROXIES for those represented), not ballots; ABSTENTIONS, SPOILT and "
						+ "PRESENT_NOT_VOTING are a ballot's");
			}
			if (!quorum.online() && !quorum.counting().contains(Quorum.Counting.IN_ROOM)
					&& !quorum.counting().contains(Quorum.Counting.PROXIES)) {
				problems.add("quorum: a meeting's quorum that counts nobody present, represented or online can "
						+ "never be met");
			}
		}
		if (mechanics.secret() && mechanics.voteChangeAllowed()) {
			problems.add("mechanics.voteChangeAllowed: a secret ballot cannot allow a vote to be changed, since that "
					+ "would need to keep which vote is whose");
		}
		if (mechanics.closeWhenAllVoted() && (mechanics.voteChangeAllowed() || mechanics.proxies() != null)) {
			problems.add("mechanics.closeWhenAllVoted: a ballot whose votes can still change (voteChangeAllowed, "
					+ "or proxies that a principal voting in person overrides) cannot be closed before its window ends");
		}
		if (mechanics.secret() && mechanics.proxies() != null) {
			problems.add("mechanics.proxies: a secret ballot cannot have proxies, since a principal voting in person "
					+ "overrides their proxy's vote, which would need to keep which vote is whose");
		}
		boolean weighted = weighting.mode() == Weighting.Mode.CHAMBER_WEIGHTED;
		if (weighted && weighting.chambers().isEmpty()) {
			problems.add("weighting.chambers: a chamber-weighted rule set needs a weight for each chamber");
		}
		if (!weighted && !(weighting.chambers().isEmpty() && weighting.subChambers().isEmpty()
				&& weighting.memberTypes().isEmpty())) {
			problems.add("weighting: chamber, sub-chamber and member-type weights apply only to CHAMBER_WEIGHTED");
		}
		positive("weighting.chambers", weighting.chambers(), problems);
		positive("weighting.subChambers", weighting.subChambers(), problems);
		positive("weighting.memberTypes", weighting.memberTypes(), problems);
		if (conditions.isEmpty()) {
			problems.add("conditions: at least one pass condition is needed");
		}
		for (int i = 0; i < conditions.size(); i++) {
			Denominator denominator = (conditions.get(i) instanceof RuleSet.Overall overall) ? overall.denominator()
					: ((RuleSet.PerChamber) conditions.get(i)).denominator();
			Share threshold = (conditions.get(i) instanceof RuleSet.Overall overall) ? overall.threshold()
					: ((RuleSet.PerChamber) conditions.get(i)).threshold();
			if (threshold.compareTo(Share.ZERO) < 0 || threshold.compareTo(Share.ONE) > 0) {
				problems.add("conditions[" + i + "].threshold: must be between 0 and 1, was " + threshold);
			}
			if (weighted && !fits(denominator, weighting.normaliseOver())) {
				problems.add("conditions[" + i + "].denominator: " + denominator + " needs weights shared over "
						+ (denominator == Denominator.REGISTERED ? "REGISTERED" : "PRESENT or REGISTERED") + ", not "
						+ weighting.normaliseOver());
			}
		}
		return problems;
	}

	private static boolean fits(Denominator denominator, Weighting.Base base) {
		return switch (denominator) {
			case FOR_PLUS_AGAINST, VALID_VOTES -> true;
			case PRESENT -> base != Weighting.Base.VOTERS;
			case REGISTERED -> base == Weighting.Base.REGISTERED;
		};
	}

	private static void positive(String field, Map<String, Share> weights, List<String> problems) {
		weights.forEach((key, weight) -> {
			if (weight.compareTo(Share.ZERO) <= 0) {
				problems.add(field + "." + key + ": must be positive, was " + weight);
			}
		});
	}

}

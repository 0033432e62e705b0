package org.gavel.voting.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gavel.voting.model.Quorum.Counting;
import org.gavel.voting.model.RuleSet.ChamberScope;
import org.gavel.voting.model.RuleSet.Mechanics;
import org.gavel.voting.model.RuleSet.Overall;
import org.gavel.voting.model.RuleSet.PerChamber;
import org.gavel.voting.model.RuleSet.TieRule;
import org.gavel.voting.model.Weighting.Base;
import org.gavel.voting.model.Weighting.EmptyGroups;
import org.gavel.voting.model.Weighting.Mode;

/**
 * The bodies' rule sets as the count sees them, for tests of the tally.
 */
public final class Presets {

	static final Share HALF = Share.of(1, 2);

	private static final Mechanics PLAIN = new Mechanics(false, false, null, false);

	private Presets() {
	}

	public static RuleSet simpleMajority() {
		return new RuleSet("simple-majority", 1, "Simple majority", Weighting.oneMemberOneVote(), null,
				List.of(new Overall(HALF, Comparison.GREATER_THAN, Denominator.FOR_PLUS_AGAINST)), TieRule.FAILS,
				PLAIN);
	}

	public static RuleSet rspoGa() {
		return new RuleSet("rspo-ga", 1, "RSPO General Assembly", Weighting.oneMemberOneVote(), null,
				List.of(new Overall(HALF, Comparison.GREATER_THAN, Denominator.FOR_PLUS_AGAINST)), TieRule.FAILS,
				new Mechanics(false, false, new RuleSet.Proxies(Map.of(), Duration.ofDays(5)), false));
	}

	public static RuleSet fscGa() {
		Weighting weighting = new Weighting(Mode.CHAMBER_WEIGHTED,
				Map.of("environmental", Share.ONE, "social", Share.ONE, "economic", Share.ONE),
				Map.of("north", Share.ONE, "south", Share.ONE),
				Map.of("organisation", Share.of(9, 10), "individual", Share.of(1, 10)), Base.VOTERS,
				EmptyGroups.REDISTRIBUTE);
		Quorum quorum = new Quorum(Quorum.Basis.VOTING_POWER, Quorum.Scope.PER_CHAMBER, Comparison.GREATER_THAN, HALF,
				Set.of(Counting.ABSTENTIONS, Counting.PROXIES, Counting.IN_ROOM, Counting.PRESENT_NOT_VOTING),
				Quorum.OnFailure.MOTION_FAILS);
		return new RuleSet("fsc-ga", 1, "FSC General Assembly", weighting, quorum,
				List.of(new PerChamber(HALF, Comparison.GREATER_THAN, Denominator.FOR_PLUS_AGAINST,
						ChamberScope.EVERY_CHAMBER, false),
						new Overall(Share.of(2, 3), Comparison.AT_LEAST, Denominator.FOR_PLUS_AGAINST)),
				TieRule.FAILS,
				new Mechanics(false, false, new RuleSet.Proxies(Map.of("organisation", 5), Duration.ofDays(1)), false));
	}

	public static RuleSet rtrsWrittenResolution() {
		Quorum quorum = new Quorum(Quorum.Basis.HEADCOUNT, Quorum.Scope.OVERALL, Comparison.GREATER_THAN, HALF,
				Set.of(Counting.ABSTENTIONS, Counting.SPOILT), Quorum.OnFailure.MOTION_FAILS);
		return new RuleSet("rtrs-written-resolution", 1, "RTRS written resolution", Weighting.oneMemberOneVote(),
				quorum,
				List.of(new Overall(HALF, Comparison.GREATER_THAN, Denominator.VALID_VOTES), new PerChamber(HALF,
						Comparison.GREATER_THAN, Denominator.VALID_VOTES, ChamberScope.EVERY_CHAMBER_THAT_VOTED, true)),
				TieRule.FAILS, PLAIN);
	}

	public static RuleSet fscCanada() {
		Weighting weighting = new Weighting(Mode.CHAMBER_WEIGHTED,
				Map.of("aboriginal", Share.ONE, "social", Share.ONE, "environmental", Share.ONE, "economic", Share.ONE),
				Map.of(), Map.of(), Base.REGISTERED, EmptyGroups.LOST);
		return new RuleSet("fsc-canada", 1, "FSC Canada", weighting, null, List.of(new PerChamber(HALF,
				Comparison.GREATER_THAN, Denominator.REGISTERED, ChamberScope.EVERY_CHAMBER, false)), TieRule.FAILS,
				PLAIN);
	}

	public static RuleSet gpsnrGa() {
		Weighting weighting = new Weighting(Mode.CHAMBER_WEIGHTED,
				Map.of("producers-processors-traders", Share.of(20, 1), "vehicle-makers-downstream-financiers",
						Share.of(15, 1), "tyre-makers-rubber-buyers", Share.of(15, 1), "civil-society", Share.of(30, 1),
						"smallholder-producers", Share.of(20, 1)),
				Map.of(), Map.of(), Base.VOTERS, EmptyGroups.REDISTRIBUTE);
		return new RuleSet("gpsnr-ga", 1, "GPSNR General Assembly", weighting, null,
				List.of(new Overall(HALF, Comparison.GREATER_THAN, Denominator.FOR_PLUS_AGAINST)), TieRule.FAILS,
				PLAIN);
	}

	public static RuleSet ecConsensusThenSeatVote() {
		Quorum quorum = new Quorum(Quorum.Basis.HEADCOUNT, Quorum.Scope.OVERALL, Comparison.GREATER_THAN, HALF,
				Set.of(Counting.ABSTENTIONS), Quorum.OnFailure.MOTION_FAILS);
		return new RuleSet("ec-consensus-then-seat-vote", 1, "Executive Committee, consensus then seat vote",
				new Weighting(Mode.BY_SEAT, Map.of(), Map.of(), Map.of(), Base.VOTERS, EmptyGroups.REDISTRIBUTE),
				quorum, List.of(new Overall(HALF, Comparison.GREATER_THAN, Denominator.FOR_PLUS_AGAINST)),
				TieRule.CHAIR_CASTING_VOTE, new Mechanics(false, false, null, true));
	}

	public static RuleSet grievancePanel() {
		Quorum quorum = new Quorum(Quorum.Basis.HEADCOUNT, Quorum.Scope.OVERALL, Comparison.GREATER_THAN, HALF,
				Set.of(Counting.ABSTENTIONS), Quorum.OnFailure.MOTION_FAILS);
		return new RuleSet("grievance-panel", 1, "Complaints panel, majority of its members",
				Weighting.oneMemberOneVote(), quorum,
				List.of(new Overall(HALF, Comparison.GREATER_THAN, Denominator.FOR_PLUS_AGAINST)), TieRule.FAILS,
				PLAIN);
	}

	public static List<RuleSet> all() {
		return List.of(simpleMajority(), rspoGa(), fscGa(), rtrsWrittenResolution(), fscCanada(), gpsnrGa(),
				ecConsensusThenSeatVote(), grievancePanel());
	}

}

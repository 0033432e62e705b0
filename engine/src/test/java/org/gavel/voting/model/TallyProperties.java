package org.gavel.voting.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold for every ballot, whatever the votes: generated rolls and ballots under
 * every preset.
 */
class TallyProperties {

	private static final List<String> CHAMBERS = List.of("environmental", "social", "economic", "aboriginal",
			"producers-processors-traders", "vehicle-makers-downstream-financiers", "tyre-makers-rubber-buyers",
			"civil-society", "smallholder-producers");

	@Property(tries = 300)
	void theOrderOfTheBallotsNeverMatters(@ForAll("ballots") Scenario scenario, @ForAll long seed) {
		List<CastBallot> shuffled = new ArrayList<>(scenario.ballots());
		Collections.shuffle(shuffled, new Random(seed));

		assertThat(count(scenario.rules(), scenario.roll(), shuffled)).isEqualTo(scenario.result());
	}

	@Property(tries = 500)
	@StatisticsReport(format = Histogram.class)
	void anotherVoteInFavourNeverTurnsAnAdoptionIntoARejection(@ForAll("ballots") Scenario scenario,
			@ForAll long seed) {
		Statistics.collect(scenario.result().outcome());
		Statistics.coverage((coverage) -> coverage.check(BallotOutcome.ADOPTED).percentage((p) -> p > 20));
		if (scenario.result().outcome() != BallotOutcome.ADOPTED) {
			return;
		}
		List<CastBallot> more = new ArrayList<>(scenario.ballots());
		Random random = new Random(seed);
		List<Elector> silent = scenario.roll()
			.stream()
			.filter((elector) -> more.stream().noneMatch((ballot) -> ballot.elector().equals(elector.id())))
			.toList();
		int notFor = (int) more.stream().filter((ballot) -> ballot.choice() != Choice.FOR).count();
		if (!silent.isEmpty() && (notFor == 0 || random.nextBoolean())) {
			more.add(new CastBallot(silent.get(random.nextInt(silent.size())).id(), Choice.FOR, Channel.ONLINE));
		}
		else if (notFor > 0) {
			List<Integer> candidates = new ArrayList<>();
			for (int i = 0; i < more.size(); i++) {
				if (more.get(i).choice() != Choice.FOR) {
					candidates.add(i);
				}
			}
			int changed = candidates.get(random.nextInt(candidates.size()));
			more.set(changed, new CastBallot(more.get(changed).elector(), Choice.FOR, more.get(changed).channel()));
		}

		assertThat(count(scenario.rules(), scenario.roll(), more).outcome()).isEqualTo(BallotOutcome.ADOPTED);
	}

	@Property(tries = 300)
	void theWeightsInsideEachChamberAddUpToItsShare(@ForAll("ballots") Scenario scenario) {
		Weighting weighting = scenario.rules().weighting();
		Statistics.collect(weighting.mode());
		Statistics.coverage((coverage) -> coverage.check(Weighting.Mode.CHAMBER_WEIGHTED).percentage((p) -> p > 10));
		if (weighting.mode() != Weighting.Mode.CHAMBER_WEIGHTED
				|| weighting.emptyGroups() != Weighting.EmptyGroups.REDISTRIBUTE) {
			return;
		}
		List<GroupCount> groups = Counting.groups(scenario.rules(), scenario.roll(), scenario.ballots(), Set.of());
		Map<VotingGroup, Share> weights = Weights.perMember(weighting, groups, weighting.normaliseOver());
		Map<String, Share> inChamber = new HashMap<>();
		Share voting = Share.ZERO;
		for (GroupCount group : groups) {
			Share carried = weights.get(group.group()).times(Weights.members(group, weighting.normaliseOver()));
			inChamber.merge(group.group().chamber(), carried, Share::plus);
		}
		for (String chamber : inChamber.keySet()) {
			if (!inChamber.get(chamber).isZero()) {
				voting = voting.plus(weighting.chambers().get(chamber));
			}
		}
		for (Map.Entry<String, Share> chamber : inChamber.entrySet()) {
			if (!chamber.getValue().isZero()) {
				assertThat(chamber.getValue()).isEqualTo(weighting.chambers().get(chamber.getKey()).over(voting));
			}
		}
	}

	@Property(tries = 300)
	void oneChamberWithEqualWeightsIsAPlainCount(@ForAll("oneChamber") List<CastBallot> ballots) {
		List<Elector> roll = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			roll.add(new Elector("v" + i, "all", null, null));
		}
		RuleSet weighted = new RuleSet("one-chamber", 1, "One chamber",
				new Weighting(Weighting.Mode.CHAMBER_WEIGHTED, Map.of("all", Share.ONE), Map.of(), Map.of(),
						Weighting.Base.VOTERS, Weighting.EmptyGroups.REDISTRIBUTE),
				null, Presets.simpleMajority().conditions(), RuleSet.TieRule.FAILS,
				Presets.simpleMajority().mechanics());

		Result byWeight = count(weighted, roll, ballots);
		Result byHead = count(Presets.simpleMajority(), roll, ballots);

		assertThat(byWeight.outcome()).isEqualTo(byHead.outcome());
		assertThat(byWeight.totals().inFavour()).isEqualTo(byHead.totals().inFavour());
		assertThat(byWeight.explanation()).isEqualTo(byHead.explanation());
	}

	@Provide
	Arbitrary<Scenario> ballots() {
		return Combinators
			.combine(Arbitraries.of(Presets.all()), Arbitraries.integers().between(1, 30), Arbitraries.longs())
			.as(TallyProperties::scenario);
	}

	@Provide
	Arbitrary<List<CastBallot>> oneChamber() {
		return Arbitraries.of(Choice.values()).list().ofMaxSize(40).map((choices) -> {
			List<CastBallot> ballots = new ArrayList<>();
			for (int i = 0; i < choices.size(); i++) {
				ballots.add(new CastBallot("v" + i, choices.get(i), Channel.ONLINE));
			}
			return ballots;
		});
	}

	private static Scenario scenario(RuleSet rules, int size, long seed) {
		Random random = new Random(seed);
		List<String> chambers = rules.weighting().chambers().isEmpty() ? CHAMBERS.subList(5, 9)
				: List.copyOf(new TreeSet<>(rules.weighting().chambers().keySet()));
		List<Elector> roll = new ArrayList<>();
		List<CastBallot> ballots = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String id = "v" + i;
			roll.add(new Elector(id, chambers.get(random.nextInt(chambers.size())),
					random.nextBoolean() ? "north" : "south", random.nextInt(10) == 0 ? "individual" : "organisation"));
			if (random.nextInt(4) > 0) {
				Choice choice = Choice.values()[random.nextInt(random.nextInt(10) == 0 ? 4 : 3)];
				ballots.add(new CastBallot(id, choice, Channel.values()[random.nextInt(3)]));
			}
		}
		return new Scenario(rules, roll, ballots, count(rules, roll, ballots));
	}

	private static Result count(RuleSet rules, List<Elector> roll, List<CastBallot> ballots) {
		return Tally.count(rules, Counting.groups(rules, roll, ballots, Set.of()));
	}

	record Scenario(RuleSet rules, List<Elector> roll, List<CastBallot> ballots, Result result) {

		@Override
		public String toString() {
			return this.rules.name() + " " + this.roll.size() + " on the roll, ballots " + this.ballots + " -> "
					+ this.result.outcome();
		}

	}

}

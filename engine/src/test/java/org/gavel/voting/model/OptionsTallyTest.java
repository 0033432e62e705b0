package org.gavel.voting.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gavel.voting.model.RuleSet.Overall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ballots between options, counted: each option put to the rule set's conditions, the
 * ballots for it in favour, those for the others against.
 */
class OptionsTallyTest {

	private static final VotingGroup ORDINARY = VotingGroup.chamber("ordinary");

	private static final List<String> CITIES = List.of("Bangkok", "Jakarta", "Abidjan");

	/**
	 * Simple majority of the ballots for an option, one member one vote, 20 on the roll.
	 */
	@ParameterizedTest(name = "{0} / {1} / {2} for the options, {3} abstaining: {4} {5}")
	@CsvSource(delimiter = '|', textBlock = """
			6 | 3 | 0 | 1 | ADOPTED  | 1
			3 | 7 | 2 | 0 | ADOPTED  | 2
			4 | 4 | 2 | 0 | REJECTED | 0
			5 | 5 | 0 | 3 | REJECTED | 0
			0 | 0 | 0 | 4 | REJECTED | 0
			0 | 0 | 1 | 0 | ADOPTED  | 3
			""")
	void theOptionWithMoreThanHalfOfTheBallotsForAnOptionIsChosen(int a, int b, int c, int abstain,
			BallotOutcome outcome, int chosen) {
		Result result = count(Presets.simpleMajority(), 20, Map.of(ORDINARY, new int[] { a, b, c, abstain, 0 }));

		assertThat(result.outcome()).isEqualTo(outcome);
		assertThat(result.chosen().map(OptionFigures::number).orElse(0)).isEqualTo(chosen);
		assertThat(result.options()).hasSize(3);
		assertThat(result.totals().ballots()).isEqualTo(new Counts(a + b + c, 0, abstain, 0));
	}

	@Test
	void theExplanationPutsEachOptionToTheConditions() {
		Result result = count(Presets.simpleMajority(), 20, Map.of(ORDINARY, new int[] { 6, 3, 0, 1, 0 }));

		assertThat(result.explanation()).isEqualTo("""
				Option 1, Bangkok \u2014 Overall: 66.7 % of the ballots for an option; more than 50 % required: met
				Option 2, Jakarta \u2014 Overall: 33.3 % of the ballots for an option; more than 50 % required: not met
				Option 3, Abidjan \u2014 Overall: 0 % of the ballots for an option; more than 50 % required: not met
				Option 1, Bangkok is chosen: it alone met every condition
				Outcome: adopted""");
		OptionFigures bangkok = result.options().get(0);
		assertThat(bangkok.totals().ballots()).isEqualTo(new Counts(6, 3, 1, 0));
		assertThat(bangkok.totals().inFavour()).isEqualTo(Share.of(2, 3));
	}

	/** A third of the ballots for an option suffices: several may meet it. */
	@ParameterizedTest(name = "{0} / {1} / {2}: {3} {4}")
	@CsvSource(delimiter = '|', textBlock = """
			5 | 3 | 1 | ADOPTED | 1
			4 | 4 | 1 | TIE     | 0
			1 | 1 | 7 | ADOPTED | 3
			""")
	void whereSeveralOptionsMeetTheConditionsTheLargestShareIsChosenAndALevelTopIsATie(int a, int b, int c,
			BallotOutcome outcome, int chosen) {
		RuleSet third = new RuleSet("third", 1, "A third", Weighting.oneMemberOneVote(), null,
				List.of(new Overall(Share.of(1, 3), Comparison.AT_LEAST, Denominator.FOR_PLUS_AGAINST)),
				RuleSet.TieRule.FAILS, Presets.simpleMajority().mechanics());

		Result result = count(third, 20, Map.of(ORDINARY, new int[] { a, b, c, 0, 0 }));

		assertThat(result.outcome()).isEqualTo(outcome);
		assertThat(result.chosen().map(OptionFigures::number).orElse(0)).isEqualTo(chosen);
		assertThat(result.options().stream().filter(OptionFigures::chosen).count()).isLessThanOrEqualTo(1);
	}

	@Test
	void withoutQuorumNoOptionIsPutToTheConditions() {
		// RTRS: more than half of all members must take part
		List<String> chambers = List.of("civil-society", "industry-trade-finance", "producers");
		Map<VotingGroup, int[]> ballots = new LinkedHashMap<>();
		chambers.forEach((chamber) -> ballots.put(VotingGroup.chamber(chamber), new int[] { 2, 1, 0, 0, 1 }));

		Result result = count(Presets.rtrsWrittenResolution(), 10, ballots);

		assertThat(result.outcome()).isEqualTo(BallotOutcome.NO_QUORUM);
		assertThat(result.chosen()).isEmpty();
		assertThat(result.checks()).noneMatch((check) -> check.explanation().startsWith("Option"));
		assertThat(result.totals().ballots()).isEqualTo(new Counts(9, 0, 0, 3));
	}

	@Test
	void underChamberConditionsAnOptionMustCarryEveryChamber() {
		// FSC: more than half in every chamber and two thirds overall, chambers weighted
		Map<VotingGroup, int[]> ballots = new LinkedHashMap<>();
		for (String chamber : List.of("environmental", "social", "economic")) {
			for (String sub : List.of("north", "south")) {
				boolean split = chamber.equals("economic");
				ballots.put(new VotingGroup(chamber, sub, "organisation"),
						split ? new int[] { 2, 3, 0, 0, 0 } : new int[] { 5, 0, 0, 0, 0 });
			}
		}

		Result result = count(Presets.fscGa(), 5, ballots);

		assertThat(result.outcome()).isEqualTo(BallotOutcome.REJECTED);
		assertThat(result.options().get(0).met()).isFalse();
		assertThat(result.explanation()).contains(
				"Option 1, Bangkok \u2014 economic: 40 % of the ballots for an option; more than 50 % required: not met");
	}

	@Property(tries = 300)
	void everyViewCountsTheSameBallotsAndAtMostOneOptionIsChosen(@ForAll("boxes") List<int[]> box) {
		Map<VotingGroup, int[]> ballots = new LinkedHashMap<>();
		for (int i = 0; i < box.size(); i++) {
			ballots.put(VotingGroup.chamber("chamber-" + i), box.get(i));
		}
		for (RuleSet rules : List.of(Presets.simpleMajority(), weighted(box.size()))) {
			Result result = count(rules, 60, ballots);

			assertThat(result.options().stream().filter(OptionFigures::chosen).count()).isLessThanOrEqualTo(1);
			result.chosen().ifPresent((chosen) -> assertThat(chosen.met()).isTrue());
			assertThat(result.outcome() == BallotOutcome.ADOPTED).isEqualTo(result.chosen().isPresent());
			for (OptionFigures option : result.options()) {
				Counts seen = option.totals().ballots();
				Counts cast = result.totals().ballots();
				assertThat(seen.inFavour() + seen.against()).isEqualTo(cast.inFavour());
				assertThat(seen.abstain()).isEqualTo(cast.abstain());
				assertThat(seen.spoilt()).isEqualTo(cast.spoilt());
			}
			int forOptions = result.options().stream().mapToInt((option) -> option.totals().ballots().inFavour()).sum();
			assertThat(forOptions).isEqualTo(result.totals().ballots().inFavour());
		}
	}

	/**
	 * Chambers weighted 1, 2, 3 …, more than half of the weighted ballots for an option.
	 */
	private static RuleSet weighted(int chambers) {
		Map<String, Share> weights = new LinkedHashMap<>();
		for (int i = 0; i < chambers; i++) {
			weights.put("chamber-" + i, Share.of(i + 1, 1));
		}
		return new RuleSet("weighted", 1, "Weighted chambers",
				new Weighting(Weighting.Mode.CHAMBER_WEIGHTED, weights, Map.of(), Map.of(), Weighting.Base.VOTERS,
						Weighting.EmptyGroups.REDISTRIBUTE),
				null, List.of(new Overall(Presets.HALF, Comparison.GREATER_THAN, Denominator.FOR_PLUS_AGAINST)),
				RuleSet.TieRule.FAILS, Presets.simpleMajority().mechanics());
	}

	@Provide
	Arbitrary<List<int[]>> boxes() {
		return Arbitraries.integers().between(0, 12).array(int[].class).ofSize(5).list().ofMinSize(1).ofMaxSize(4);
	}

	/**
	 * Counts a ballot between {@link #CITIES}: per group, the ballots for options 1 to 3,
	 * abstentions and spoilt ballots.
	 */
	private static Result count(RuleSet rules, int registered, Map<VotingGroup, int[]> ballots) {
		List<OptionCounts.Cast> cast = new ArrayList<>();
		ballots.forEach((group, n) -> {
			for (int option = 1; option <= 3; option++) {
				cast.add(new OptionCounts.Cast(group, Channel.ONLINE, Answer.option(option), n[option - 1]));
			}
			cast.add(new OptionCounts.Cast(group, Channel.ONLINE, Answer.of(Choice.ABSTAIN), n[3]));
			cast.add(new OptionCounts.Cast(group, Channel.PAPER, Answer.of(Choice.SPOILT), n[4]));
		});
		List<Map<VotingGroup, Map<Channel, Counts>>> views = OptionCounts.views(CITIES.size(), cast);
		Map<Integer, List<GroupCount>> perOption = new LinkedHashMap<>();
		for (int view = 0; view < views.size(); view++) {
			Map<VotingGroup, Map<Channel, Counts>> seen = views.get(view);
			perOption.put(view,
					ballots.keySet()
						.stream()
						.map((group) -> new GroupCount(group, registered, seen.getOrDefault(group, Map.of()), 0))
						.toList());
		}
		return Tally.countOptions(rules, CITIES, perOption.get(0), perOption, null);
	}

}

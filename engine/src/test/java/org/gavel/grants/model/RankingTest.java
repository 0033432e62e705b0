package org.gavel.grants.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ranking of proposals: the worked example of {@code docs/rfp-scoring.md} figure by
 * figure, and the properties normalisation promises.
 */
class RankingTest {

	static final Criteria CRITERIA = Criteria
		.of(List.of(new Criterion("impact", "Impact on smallholders", 50, 10, "0 none, 10 transformative"),
				new Criterion("feasibility", "Feasibility", 30, 5, "0 not credible, 5 proven"),
				new Criterion("cost", "Value for money", 20, 10, "0 poor, 10 excellent")))
		.orElseThrow();

	static final List<Scorecard> WORKED_EXAMPLE = List.of(card("eva", "A", 9, 5, 8), card("eva", "B", 8, 4, 7),
			card("eva", "C", 7, 3, 6), card("ezra", "A", 5, 2, 4), card("ezra", "B", 6, 3, 5),
			card("ezra", "C", 4, 2, 3));

	@ParameterizedTest(name = "{0}: rank {1}, raw {2} %, normalised {3}")
	@CsvSource(delimiter = '|', textBlock = """
			B | 1 | 68.00 |  0.663727 | eva 78.00 0.000000, ezra 58.00 1.327455
			A | 2 | 68.00 |  0.491695 | eva 91.00 1.224745, ezra 45.00 -0.241355
			C | 3 | 51.50 | -1.155422 | eva 65.00 -1.224745, ezra 38.00 -1.086099
			""")
	void theWorkedExampleRanksAsTheDocsSay(String proposal, int rank, String raw, String normalised, String marks) {
		Ranking ranking = Ranking.of(CRITERIA, WORKED_EXAMPLE);
		Ranking.Entry entry = ranking.of(proposal);

		assertThat(entry.rank()).isEqualTo(rank);
		assertThat(entry.tied()).isFalse();
		assertThat(entry.rawPercent()).isEqualByComparingTo(raw);
		assertThat(entry.normalised()).isEqualByComparingTo(normalised);
		assertThat(entry.marks()
			.stream()
			.map((mark) -> mark.evaluator() + " " + mark.percent() + " " + mark.zShown())
			.collect(Collectors.joining(", "))).isEqualTo(marks);
		assertThat(ranking.entries().get(rank - 1).proposal()).isEqualTo(proposal);
	}

	@Test
	void equalNormalisedScoresAreTiesThatShareTheBetterRank() {
		Ranking ranking = Ranking.of(CRITERIA, List.of(card("eva", "A", 9, 5, 8), card("eva", "B", 5, 3, 5),
				card("eva", "C", 5, 3, 5), card("eva", "D", 1, 1, 1)));

		assertThat(ranking.entries()).extracting(Ranking.Entry::proposal, Ranking.Entry::rank, Ranking.Entry::tied)
			.containsExactly(tuple("A", 1, false), tuple("B", 2, true), tuple("C", 2, true), tuple("D", 4, false));
	}

	@Test
	void anEvaluatorWhoGivesEveryProposalTheSameTotalMovesNothing() {
		Ranking ranking = Ranking.of(CRITERIA, List.of(card("eva", "A", 7, 3, 7), card("eva", "B", 7, 3, 7),
				card("ezra", "A", 2, 1, 2), card("ezra", "B", 8, 4, 8)));

		assertThat(ranking.of("A").marks().get(0).z()).isZero();
		assertThat(ranking.of("B").rank()).isOne();
	}

	@Test
	void aConflictedEvaluatorsMissingCardLeavesTheProposalToTheOthers() {
		List<Scorecard> cards = new ArrayList<>(WORKED_EXAMPLE);
		cards.removeIf((card) -> card.evaluator().equals("ezra") && card.proposal().equals("A"));

		Ranking ranking = Ranking.of(CRITERIA, cards);

		assertThat(ranking.of("A").marks()).extracting(Ranking.Mark::evaluator).containsExactly("eva");
		assertThat(ranking.of("A").normalised()).isEqualByComparingTo("1.224745");
		assertThat(ranking.of("A").rank()).isOne();
	}

	@Test
	void aCardThatDoesNotFitTheCriteriaOrComesTwiceIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Ranking.of(CRITERIA, List.of(card("eva", "A", 11, 5, 8))))
			.withMessageContaining("score.impact");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Ranking.of(CRITERIA, List.of(card("eva", "A", 1, 1, 1), card("eva", "A", 2, 2, 2))))
			.withMessageContaining("eva scored A twice");
	}

	@Property
	void addingAConstantToEveryScoreOfAnEvaluatorChangesNoRanking(@ForAll("panels") List<Scorecard> cards,
			@ForAll @IntRange(min = 0, max = 4) int constant, @ForAll("evaluators") String who) {
		List<Scorecard> shifted = cards.stream()
			.map((card) -> card.evaluator().equals(who) ? transformed(card, (s) -> s.add(BigDecimal.valueOf(constant)))
					: card)
			.toList();

		assertThat(places(Ranking.of(CRITERIA, shifted))).isEqualTo(places(Ranking.of(CRITERIA, cards)));
	}

	@Property
	void scalingEveryScoreOfAnEvaluatorChangesNoRanking(@ForAll("panels") List<Scorecard> cards,
			@ForAll("factors") BigDecimal factor, @ForAll("evaluators") String who) {
		List<Scorecard> scaled = cards.stream()
			.map((card) -> card.evaluator().equals(who) ? transformed(card, (s) -> s.multiply(factor)) : card)
			.toList();

		assertThat(places(Ranking.of(CRITERIA, scaled))).isEqualTo(places(Ranking.of(CRITERIA, cards)));
		assertThat(Ranking.of(CRITERIA, scaled).entries()).extracting(Ranking.Entry::normalised)
			.isEqualTo(Ranking.of(CRITERIA, cards).entries().stream().map(Ranking.Entry::normalised).toList());
	}

	@Property
	void theRankingDoesNotDependOnTheOrderScoresArriveIn(@ForAll("panels") List<Scorecard> cards, @ForAll long seed) {
		List<Scorecard> shuffled = new ArrayList<>(cards);
		Collections.shuffle(shuffled, new Random(seed));

		assertThat(Ranking.of(CRITERIA, shuffled)).isEqualTo(Ranking.of(CRITERIA, cards));
	}

	@Property
	void aSingleEvaluatorsRankingIsTheirRawRanking(@ForAll("panels") List<Scorecard> cards) {
		List<Scorecard> eva = cards.stream().filter((card) -> card.evaluator().equals("eva")).toList();
		Ranking ranking = Ranking.of(CRITERIA, eva);

		Map<String, Integer> rawRanks = new HashMap<>();
		for (Scorecard card : eva) {
			BigDecimal total = CRITERIA.percent(card.scores());
			long better = eva.stream().filter((other) -> CRITERIA.percent(other.scores()).compareTo(total) > 0).count();
			rawRanks.put(card.proposal(), (int) better + 1);
		}
		assertThat(places(ranking)).isEqualTo(rawRanks);
	}

	@Provide
	Arbitrary<String> evaluators() {
		return Arbitraries.of("eva", "ezra", "wen");
	}

	@Provide
	Arbitrary<BigDecimal> factors() {
		return Arbitraries.of("2", "3").map(BigDecimal::new);
	}

	/**
	 * Three evaluators and two to six proposals, most scored by every evaluator, with
	 * scores low enough that a shift of 4 or a factor of 3 stays in range: 0 to 3 in
	 * halves (feasibility, out of 5, up to 1).
	 */
	@Provide
	Arbitrary<List<Scorecard>> panels() {
		Arbitrary<BigDecimal> score = Arbitraries.integers()
			.between(0, 6)
			.map((half) -> BigDecimal.valueOf(half, 0).divide(BigDecimal.valueOf(2)));
		Arbitrary<Map<String, BigDecimal>> scores = Combinators.combine(score, score, score)
			.as((impact, feasibility, cost) -> Map.of("impact", impact, "feasibility", feasibility.min(BigDecimal.ONE),
					"cost", cost));
		return Arbitraries.integers().between(2, 6).flatMap((proposals) -> {
			List<Arbitrary<Scorecard>> all = new ArrayList<>();
			for (String evaluator : List.of("eva", "ezra", "wen")) {
				for (int p = 0; p < proposals; p++) {
					String proposal = "P" + p;
					// one card in five is missing, as when an evaluator is conflicted
					all.add(Combinators.combine(scores, Arbitraries.integers().between(0, 4))
						.as((s, present) -> (present > 0) ? new Scorecard(evaluator, proposal, s) : null));
				}
			}
			return Combinators.combine(all)
				.as((list) -> list.stream().filter((card) -> card != null).toList())
				.filter((list) -> !list.isEmpty());
		});
	}

	private static Map<String, Integer> places(Ranking ranking) {
		return ranking.entries().stream().collect(Collectors.toMap(Ranking.Entry::proposal, Ranking.Entry::rank));
	}

	private static Scorecard transformed(Scorecard card, UnaryOperator<BigDecimal> change) {
		Map<String, BigDecimal> scores = new HashMap<>();
		card.scores().forEach((key, value) -> scores.put(key, change.apply(value)));
		return new Scorecard(card.evaluator(), card.proposal(), scores);
	}

	private static Scorecard card(String evaluator, String proposal, int impact, int feasibility, int cost) {
		return new Scorecard(evaluator, proposal, Map.of("impact", BigDecimal.valueOf(impact), "feasibility",
				BigDecimal.valueOf(feasibility), "cost", BigDecimal.valueOf(cost)));
	}

}

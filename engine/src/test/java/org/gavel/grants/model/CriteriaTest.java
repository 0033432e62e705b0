package org.gavel.grants.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Criteria as a working-group chair writes them, and scores as an evaluator gives them:
 * each mistake refused by its field with the reason.
 */
class CriteriaTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					weights short of 100         | impact:50:10, cost:40:10     | criteria            | the weights sum to 90; they must sum to 100
					weights over 100             | impact:60:10, cost:50:10     | criteria            | the weights sum to 110; they must sum to 100
					a zero weight                | impact:100:10, cost:0:10     | criteria[1].weight  | must be from 1 to 100 percent
					no maximum score             | impact:50:0, cost:50:10      | criteria[0].maxScore | must be from 1 to 100
					a key used twice             | impact:50:10, impact:50:10   | criteria[1].key     | 'impact' is used twice
					a key that is not a name     | Impact!:50:10, cost:50:10    | criteria[0].key     | lower-case letters, digits and hyphens, up to 40, starting with a letter
					""")
	void badCriteriaAreRefusedByTheirField(String mistake, String written, String field, String reason) {
		Outcome<Criteria> criteria = Criteria.of(parse(written));

		assertThat(criteria.isAccepted()).isFalse();
		assertThat(refusal(criteria).fields()).containsEntry(field, reason);
	}

	@Test
	void noCriteriaAtAllIsRefused() {
		assertThat(refusal(Criteria.of(List.of())).fields()).containsEntry("criteria",
				"at least one criterion is required");
	}

	@Test
	void weightsThatSumTo100AreAccepted() {
		assertThat(Criteria.of(parse("impact:50:10, feasibility:30:5, cost:20:10")).isAccepted()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			above the maximum   | impact=11, cost=5        | score.impact | must be from 0 to 10
			below zero          | impact=-1, cost=5        | score.impact | must be from 0 to 10
			two decimals        | impact=7.25, cost=5      | score.impact | at most 1 decimal
			a criterion missing | impact=7                 | score.cost   | is required
			an unknown one      | impact=7, cost=5, luck=9 | score.luck   | is not a criterion of this request
			""")
	void badScoresAreRefusedByTheirCriterion(String mistake, String given, String field, String reason) {
		Criteria criteria = Criteria.of(parse("impact:60:10, cost:40:10")).orElseThrow();
		Map<String, BigDecimal> scores = new HashMap<>();
		for (String pair : given.split(",\\s*")) {
			String[] keyValue = pair.split("=");
			scores.put(keyValue[0], new BigDecimal(keyValue[1]));
		}

		assertThat(refusal(criteria.check(scores)).fields()).containsEntry(field, reason);
	}

	@ParameterizedTest(name = "{0} and {1} make {2} %")
	@CsvSource(textBlock = """
			10, 10, 100.00
			0, 0, 0.00
			7.5, 5, 65.00
			3, 4.5, 36.00
			""")
	void theTotalIsWeightedInPercentOfTheBestPossible(String impact, String cost, String percent) {
		Criteria criteria = Criteria.of(parse("impact:60:10, cost:40:10")).orElseThrow();

		assertThat(criteria.percent(Map.of("impact", new BigDecimal(impact), "cost", new BigDecimal(cost))))
			.isEqualByComparingTo(percent);
	}

	@Test
	void criteriaWithDifferentMaximaWeighEachInItsOwnScale() {
		Criteria criteria = Criteria.of(parse("impact:50:10, feasibility:30:5, cost:20:3")).orElseThrow();

		assertThat(criteria.percent(
				Map.of("impact", new BigDecimal("5"), "feasibility", new BigDecimal("5"), "cost", new BigDecimal("1"))))
			.isEqualByComparingTo("61.67");
	}

	private static List<Criterion> parse(String written) {
		return Arrays.stream(written.split(",\\s*")).map((one) -> {
			String[] parts = one.split(":");
			return new Criterion(parts[0], "Criterion " + parts[0], Integer.parseInt(parts[1]),
					Integer.parseInt(parts[2]), "");
		}).toList();
	}

	private static Refusal refusal(Outcome<?> outcome) {
		return outcome.fold((value) -> null, (refusal) -> refusal);
	}

}

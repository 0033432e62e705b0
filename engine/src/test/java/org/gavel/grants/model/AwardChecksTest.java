package org.gavel.grants.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gavel.system.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The award's inputs as the forms give them: the recommendation's lines, the project's
 * milestones, and the feedback a regret letter gives, each mistake refused with its line.
 */
class AwardChecksTest {

	static final List<Criterion> CRITERIA = List.of(new Criterion("impact", "Impact", 60, 10, ""),
			new Criterion("cost", "Value for money", 40, 10, ""));

	static final Map<String, Money> REQUESTED = new TreeMap<>(
			Map.of("RFP-2027-01-P001", usd("50000"), "RFP-2027-01-P002", usd("20000")));

	static final Rfp RFP = new Rfp.Draft("Provision of certified planting materials", "Clones for smallholders.", "USD",
			"60000", "50000", "", "", false, CRITERIA, "2027-03-21T09:00", "2027-04-30T17:00", "2027-05-31T23:59",
			"Asia/Singapore", List.of(), Set.of("eva", "ezra"), 2, false)
		.check(Instant.parse("2027-03-20T02:00:00Z"))
		.orElseThrow();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '#',
			textBlock = """
					no amount                # RFP-2027-01-P001                                      # line 1: write the proposal and the amount, e.g. RFP-2027-01-P001 | 25000
					not a scored proposal    # RFP-2027-01-P009 | 100                                # line 1: 'RFP-2027-01-P009' is not a scored proposal of this call
					twice                    # RFP-2027-01-P001 | 100\\nRFP-2027-01-P001 | 200       # line 2: RFP-2027-01-P001 is recommended twice
					not an amount            # RFP-2027-01-P001 | lots                               # line 1: 'lots' is not an amount
					nothing                  # RFP-2027-01-P001 | 0                                  # line 1: recommend more than 0, or leave the proposal out
					above the request        # RFP-2027-01-P001 | 100\\n\\nRFP-2027-01-P002 | 20000.01 # line 3: USD 20,000.01 is more than the proposal asked for (USD 20,000.00)
					over the ceiling         # RFP-2027-01-P001 | 45000\\nRFP-2027-01-P002 | 15000.01 # the recommended grants sum to USD 60,000.01, USD 0.01 above the ceiling of USD 60,000.00
					empty                    #                                                        # recommend at least one proposal
					""")
	void aBadRecommendationIsRefusedWithItsLine(String mistake, String text, String reason) {
		Outcome<Recommendation> read = Recommendation.read(lines(text), RFP, REQUESTED);

		assertThat(read).isEqualTo(Outcome.refused("grants", reason));
	}

	@Test
	void aRecommendationWithinEveryLimitReadsBackAsItsLines() {
		Recommendation read = Recommendation
			.read(" RFP-2027-01-P002 | 20000\n\nRFP-2027-01-P001 |40000 ", RFP, REQUESTED)
			.orElseThrow();

		assertThat(read.total()).hasToString("USD 60,000.00");
		assertThat(read.lines()).isEqualTo("RFP-2027-01-P002 | 20000.00\nRFP-2027-01-P001 | 40000.00");
		assertThat(Recommendation.read(read.lines(), RFP, REQUESTED).orElseThrow()).isEqualTo(read);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '#',
			textBlock = """
					no deliverable       # 2027-09-30 | 10000                                           # line 1: write the due date, the tranche and the deliverable, e.g. 2027-09-30 | 10000 | baseline survey
					not a date           # 30/09/2027 | 10000 | survey                                  # line 1: '30/09/2027' is not a date (YYYY-MM-DD)
					today                # 2027-08-01 | 20000 | survey                                  # line 1: the due date must come after today, 2027-08-01
					out of order         # 2027-10-01 | 10000 | survey\\n2027-09-01 | 10000 | workshops # line 2: the due date must come after the milestone before, 2027-10-01
					short of the grant   # 2027-10-01 | 10000 | survey\\n2027-12-01 | 9999.99 | workshops # the tranches sum to USD 19,999.99; they must sum to the grant, USD 20,000.00
					none                 #                                                               # plan at least one milestone
					""")
	void aBadPlanOfMilestonesIsRefusedWithItsLine(String mistake, String text, String reason) {
		Outcome<List<Milestone>> read = Milestone.read(lines(text), usd("20000"), LocalDate.parse("2027-08-01"));

		assertThat(read).isEqualTo(Outcome.refused("milestones", reason));
	}

	@Test
	void milestonesThatAddUpToTheGrantAreNumberedInDateOrder() {
		List<Milestone> plan = Milestone
			.read("2027-10-01 | 12000 | Baseline survey\n2028-02-01 | 8000 | Final report", usd("20000"),
					LocalDate.parse("2027-08-01"))
			.orElseThrow();

		assertThat(plan).extracting(Milestone::number, Milestone::dueOn, Milestone::deliverable, Milestone::status)
			.containsExactly(tuple(1, LocalDate.parse("2027-10-01"), "Baseline survey", Milestone.Status.PLANNED),
					tuple(2, LocalDate.parse("2028-02-01"), "Final report", Milestone.Status.PLANNED));
	}

	@Test
	void feedbackGivesTheMeanPerCriterionAndTheCommentsUnattributed() {
		Criteria criteria = Criteria.of(CRITERIA).orElseThrow();
		List<ScoreSheet> sheets = List.of(sheet("7", "clear reach", "5", ""),
				sheet("8", "Baseline is thin", "4", "costly"), sheet("8", "ambitious", "4", null));

		Feedback feedback = Feedback.of(criteria, sheets);

		assertThat(feedback.lines()).extracting(Feedback.Line::criterion, Feedback.Line::mean)
			.containsExactly(tuple("Impact", new BigDecimal("7.7")), tuple("Value for money", new BigDecimal("4.3")));
		assertThat(feedback.lines().get(0).comments()).containsExactly("ambitious", "Baseline is thin", "clear reach");
		assertThat(feedback.lines().get(1).comments()).containsExactly("costly");
		assertThat(Feedback.of(criteria, List.of()).lines()).noneMatch(Feedback.Line::scored);
	}

	private static ScoreSheet sheet(String impact, String impactComment, String cost, String costComment) {
		Map<String, String> comments = new HashMap<>();
		comments.put("impact", impactComment);
		if (costComment != null) {
			comments.put("cost", costComment);
		}
		return new ScoreSheet(Map.of("impact", new BigDecimal(impact), "cost", new BigDecimal(cost)), comments);
	}

	private static String lines(String text) {
		return (text == null) ? null : text.replace("\\n", "\n");
	}

	private static Money usd(String amount) {
		return Money.of("amount", amount, "USD").orElseThrow();
	}

}

package org.gavel.grants.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An RFP, a proposal, a recommendation and a pledge checked as the grant cycle will check
 * them: each mistake refused by its field, with the figures that put it right.
 */
class RfpChecksTest {

	static final Instant NOW = Instant.parse("2027-03-20T02:00:00Z");

	static final List<Criterion> CRITERIA = List.of(new Criterion("impact", "Impact", 60, 10, ""),
			new Criterion("cost", "Value for money", 40, 10, ""));

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					no title                        | title          |                  | title                 | is required, up to 300 characters
					an unknown currency             | currency       | XYZ              | ceiling               | 'XYZ' is not an ISO 4217 currency code (e.g. USD, EUR, IDR)
					cents of a yen                  | ceiling        | 250000.5         | ceiling               | JPY amounts have at most 0 decimals
					a grant above the ceiling       | largestGrant   | 300000           | largestGrant          | the largest grant (JPY 300,000) is above the ceiling (JPY 250,000)
					not an amount                   | ceiling        | a lot            | ceiling               | 'a lot' is not an amount
					an unknown country              | countries      | ID, XX           | countries             | 'XX' is not an ISO 3166 country code (e.g. ID, TH, CI)
					a deadline in the past          | deadline       | 2027-03-19T23:59 | deadline              | must be in the future; it is now 20 March 2027, 10:00 (Asia/Singapore)
					questions closing after it      | questionsClose | 2027-06-01T12:00 | questionsClose        | must be no later than the deadline (31 May 2027, 23:59 (Asia/Singapore))
					questions closing before opening| questionsClose | 2027-03-01T09:00 | questionsClose        | must be after questions open
					a date that is not one          | deadline       | 31/05/2027       | deadline              | '31/05/2027' is not a date and time (e.g. 2027-05-31T23:59)
					an unknown zone                 | zone           | Mars/Olympus     | zone                  | 'Mars/Olympus' is not a time zone (e.g. Asia/Singapore)
					more scorers than the panel     | evaluators     | 3                | evaluatorsPerProposal | must be from 1 to the panel's 2
					""")
	void aBadRfpIsRefusedByTheField(String mistake, String change, String value, String field, String reason) {
		Outcome<Rfp> rfp = draft(change, value).check(NOW);

		assertThat(refusal(rfp).fields()).containsEntry(field, reason);
	}

	@Test
	void criteriaWeightsThatDoNotSumTo100AreRefusedWithTheRfp() {
		Rfp.Draft draft = draft("", "");
		Rfp.Draft bad = new Rfp.Draft(draft.title(), draft.scope(), draft.currency(), draft.ceiling(),
				draft.largestGrant(), draft.countries(), draft.organisationTypes(), draft.membersOnly(),
				List.of(new Criterion("impact", "Impact", 60, 10, ""), new Criterion("cost", "Cost", 30, 10, "")),
				draft.questionsOpen(), draft.questionsClose(), draft.deadline(), draft.zone(), draft.attachments(),
				draft.panel(), draft.evaluatorsPerProposal(), draft.matchedFunding());

		assertThat(refusal(bad.check(NOW)).fields()).containsEntry("criteria",
				"the weights sum to 90; they must sum to 100");
	}

	@Test
	void aGoodRfpIsReadInItsZone() {
		Rfp rfp = draft("", "").check(NOW).orElseThrow();

		assertThat(rfp.deadline()).isEqualTo(Instant.parse("2027-05-31T15:59:00Z"));
		assertThat(rfp.deadlineShown()).isEqualTo("31 May 2027, 23:59 (Asia/Singapore)");
		assertThat(rfp.countries()).containsExactlyInAnyOrder("ID", "TH");
		assertThat(rfp.ceiling()).hasToString("JPY 250,000");
	}

	@Test
	void aLateProposalIsRefusedWithTheDeadlineInBothZones() {
		Rfp rfp = usd();

		assertThat(Proposal.inTime(rfp, Instant.parse("2027-05-31T15:58:59Z"), ZoneId.of("Europe/Paris")).isAccepted())
			.isTrue();
		assertThat(Proposal.inTime(rfp, Instant.parse("2027-05-31T15:59:00Z"), ZoneId.of("Europe/Paris")))
			.isEqualTo(Outcome.refused("The deadline has passed: proposals closed at 31 May 2027, 23:59 "
					+ "(Asia/Singapore); 31 May 2027, 17:59 (Europe/Paris) where you are. Late proposals are not accepted."));
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			50000.00  | USD | accepted
			50000.01  | USD | USD 50,000.01 is above the largest grant of this call, USD 50,000.00
			0         | USD | must be more than 0
			1000      | EUR | must be in USD, the RFP's currency
			""")
	void aRequestedAmountIsAtMostTheLargestGrant(String amount, String currency, String expected) {
		Outcome<Money> requested = Proposal.requesting(usd(), Money.of("requestedAmount", amount, currency));

		if (expected.equals("accepted")) {
			assertThat(requested.isAccepted()).isTrue();
		}
		else {
			assertThat(requested).isEqualTo(Outcome.refused("requestedAmount", expected));
		}
	}

	@Test
	void aRecommendationOverTheCeilingIsRefusedWithTheFigures() {
		Rfp rfp = usd();
		Outcome<Recommendation> over = Recommendation.of(rfp,
				List.of(grant("P1", "50000", "50000"), grant("P2", "50000", "50000"), grant("P3", "50000", "50000"),
						grant("P4", "50000", "50000"), grant("P5", "45000", "40000"),
						grant("P6", "20000", "10000.50")));

		assertThat(refusal(over).fields()).containsExactly(Map.entry("grants",
				"the recommended grants sum to USD 250,000.50, USD 0.50 above the ceiling of USD 250,000.00"));
		assertThat(
				Recommendation.of(rfp, List.of(grant("P1", "40000", "40000.01"))).fold((r) -> null, (r) -> r).fields())
			.containsEntry("grants[0].amount", "USD 40,000.01 is more than the proposal asked for (USD 40,000.00)");
		assertThat(Recommendation.of(rfp, List.of(grant("P1", "50000", "30000"), grant("P2", "20000", "20000")))
			.orElseThrow()
			.total()).hasToString("USD 50,000.00");
	}

	@Test
	void pledgesCoverAGrantAndNoMore() {
		Funding funding = Funding.of(money("30000"));

		Funding half = funding.pledge(money("15000")).orElseThrow();
		assertThat(half.remaining()).hasToString("USD 15,000.00");
		assertThat(half.pledge(money("15000.01")))
			.isEqualTo(Outcome.refused("amount", "USD 15,000.01 is more than the USD 15,000.00 still needed"));
		Funding covered = half.pledge(money("15000")).orElseThrow();
		assertThat(covered.covered()).isTrue();
		assertThat(covered.pledge(money("1")))
			.isEqualTo(Outcome.refused("amount", "this grant is already funded (USD 30,000.00)"));
	}

	private static Rfp usd() {
		Rfp.Draft draft = draft("", "");
		return new Rfp.Draft(draft.title(), draft.scope(), "USD", "250000", "50000", "", "", false, CRITERIA,
				draft.questionsOpen(), draft.questionsClose(), draft.deadline(), draft.zone(), List.of(), draft.panel(),
				2, false)
			.check(NOW)
			.orElseThrow();
	}

	private static Recommendation.Grant grant(String proposal, String requested, String amount) {
		return new Recommendation.Grant(proposal, money(requested), money(amount));
	}

	private static Money money(String amount) {
		return Money.of("amount", amount, "USD").orElseThrow();
	}

	/** A good draft in yen, with one field changed. */
	private static Rfp.Draft draft(String change, String value) {
		String v = (value == null) ? "" : value;
		return new Rfp.Draft(change.equals("title") ? v : "Provision of certified planting materials",
				"Certified clones for smallholders in Jambi and Songkhla.", change.equals("currency") ? v : "JPY",
				change.equals("ceiling") ? v : "250000", change.equals("largestGrant") ? v : "50000",
				change.equals("countries") ? v : "id, TH", "cooperative, ngo", false, CRITERIA, "2027-03-21T09:00",
				change.equals("questionsClose") ? v : "2027-04-30T17:00",
				change.equals("deadline") ? v : "2027-05-31T23:59", change.equals("zone") ? v : "Asia/Singapore",
				List.of(new RequiredAttachment("Budget", Set.of("application/pdf"), 1024 * 1024)),
				Set.of("eva", "ezra"), change.equals("evaluators") ? Integer.parseInt(v) : 2, true);
	}

	private static Refusal refusal(Outcome<?> outcome) {
		return outcome.fold((value) -> null, (refusal) -> refusal);
	}

}

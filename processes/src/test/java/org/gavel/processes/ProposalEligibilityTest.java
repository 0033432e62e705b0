package org.gavel.processes;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal eligibility table ({@code processes/proposal-eligibility.dmn}) evaluated
 * by Camunda's DMN engine, as the proposal process will: a row per rule, and all eight
 * combinations of its inputs answered, eligible only when every rule is met.
 */
class ProposalEligibilityTest {

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private static final DmnDecision ELIGIBILITY = parse();

	@ParameterizedTest(name = "country {0}, type {1}, member rule {2}")
	@CsvSource(delimiter = '|', textBlock = """
			true  | true  | true  | true  | Meets every eligibility rule
			false | true  | true  | false | outside the countries
			true  | false | true  | false | not open to this kind of organisation
			true  | true  | false | false | member organisations only
			false | false | false | false | outside the countries
			true  | false | false | false | not open to this kind of organisation
			""")
	void eachRuleOfTheTable(boolean country, boolean type, boolean member, boolean eligible, String reason) {
		DmnDecisionResultEntries result = evaluate(country, type, member);

		assertThat(result.<Boolean>getEntry("eligible")).isEqualTo(eligible);
		assertThat(result.<String>getEntry("reason")).contains(reason);
	}

	@Test
	void onlyAProposalMeetingEveryRuleIsEligible() {
		boolean[] both = { true, false };
		int combinations = 0;
		for (boolean country : both) {
			for (boolean type : both) {
				for (boolean member : both) {
					DmnDecisionResultEntries result = evaluate(country, type, member);
					assertThat(result.<Boolean>getEntry("eligible")).as(country + ", " + type + ", " + member)
						.isEqualTo(country && type && member);
					assertThat(result.<String>getEntry("reason")).isNotBlank();
					combinations++;
				}
			}
		}
		assertThat(combinations).isEqualTo(8);
	}

	private static DmnDecisionResultEntries evaluate(boolean country, boolean type, boolean member) {
		return ENGINE
			.evaluateDecision(ELIGIBILITY,
					Map.of("countryAllowed", country, "typeAllowed", type, "memberRuleMet", member))
			.getSingleResult();
	}

	private static DmnDecision parse() {
		try (InputStream dmn = ProposalEligibilityTest.class
			.getResourceAsStream("/processes/proposal-eligibility.dmn")) {
			return ENGINE.parseDecision("ProposalEligibility", dmn);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

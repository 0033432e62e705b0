package org.gavel.processes;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
 * The grievance triage table ({@code processes/grievance-triage.dmn}) evaluated by
 * Camunda's DMN engine, as the grievance process will: a row per route, and every
 * combination of its inputs answered.
 */
class GrievanceTriageTest {

	static final List<String> RESPONDENTS = List.of("member", "secretariat", "non-member");

	static final List<String> AFFECTED = List.of("communities", "environment", "workers", "organisation", "individual");

	static final List<String> CATEGORIES = List.of("deforestation", "land-rights", "labour", "human-rights",
			"membership-obligations", "other-principles");

	static final List<String> EXHAUSTION = List.of("tried", "not-tried-with-reason", "not-tried");

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private static final DmnDecision TRIAGE = parse();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a non-member respondent                  | non-member  | communities  | deforestation          | tried      | inadmissible    | low  | not a member
					communities affected, mechanism untried  | member      | communities  | labour                 | not-tried  | admissible      | high | Communities or the environment
					the environment affected                 | secretariat | environment  | other-principles       | tried      | admissible      | high | Communities or the environment
					land rights, an individual affected      | member      | individual   | land-rights            | not-tried  | admissible      | high | land-rights
					labour, mechanism untried without reason | member      | workers      | labour                 | not-tried  | refer-to-member | low  | has not been tried
					labour, untried with a reason            | member      | workers      | labour                 | not-tried-with-reason | admissible | low | bilaterally
					the secretariat, untried                 | secretariat | organisation | membership-obligations | not-tried  | admissible      | low  | bilaterally
					membership obligations, tried            | member      | organisation | membership-obligations | tried      | admissible      | low  | bilaterally
					""")
	void eachRouteOfTheTable(String what, String respondent, String affected, String category, String exhaustion,
			String admissibility, String risk, String reason) {
		DmnDecisionResultEntries result = evaluate(respondent, affected, category, exhaustion);

		assertThat(result.<String>getEntry("admissibility")).isEqualTo(admissibility);
		assertThat(result.<String>getEntry("risk")).isEqualTo(risk);
		assertThat(result.<String>getEntry("reason")).contains(reason);
	}

	@Test
	void everyCombinationGetsOneAnswerAndHighRiskIsNeverReferredBack() {
		int combinations = 0;
		for (String respondent : RESPONDENTS) {
			for (String affected : AFFECTED) {
				for (String category : CATEGORIES) {
					for (String exhaustion : EXHAUSTION) {
						DmnDecisionResultEntries result = evaluate(respondent, affected, category, exhaustion);
						String at = String.join(", ", respondent, affected, category, exhaustion);
						assertThat(result.<String>getEntry("admissibility")).as(at)
							.isIn("admissible", "refer-to-member", "inadmissible");
						assertThat(result.<String>getEntry("risk")).as(at).isIn("high", "low");
						if (result.<String>getEntry("risk").equals("high")) {
							assertThat(result.<String>getEntry("admissibility")).as(at).isEqualTo("admissible");
						}
						combinations++;
					}
				}
			}
		}
		assertThat(combinations).isEqualTo(270);
	}

	private static DmnDecisionResultEntries evaluate(String respondent, String affected, String category,
			String exhaustion) {
		return ENGINE
			.evaluateDecision(TRIAGE, Map.of("respondentKind", respondent, "affected", affected, "category", category,
					"exhaustion", exhaustion))
			.getSingleResult();
	}

	private static DmnDecision parse() {
		try (InputStream model = GrievanceTriageTest.class.getResourceAsStream("/processes/grievance-triage.dmn")) {
			return ENGINE.parseDecision("GrievanceTriage", model);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

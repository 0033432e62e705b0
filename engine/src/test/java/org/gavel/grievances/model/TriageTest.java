package org.gavel.grievances.model;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TriageTest {

	@ParameterizedTest(name = "{0}, {1} risk → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			admissible      | high | PANEL
			admissible      | low  | BILATERAL
			refer-to-member | low  | REFERRED
			refer-to-member | high | REFERRED
			inadmissible    | low  | INADMISSIBLE
			inadmissible    | high | INADMISSIBLE
			""")
	void theTriageRoutesTheCase(String admissibility, String risk, Stage route) {
		assertThat(Triage.of(admissibility, risk, "why").orElseThrow().route()).isEqualTo(route);
	}

	@Test
	void anAnswerOfTheTableGavelDoesNotKnowIsRefused() {
		assertThat(Triage.of("perhaps", "low", "why").isAccepted()).isFalse();
		assertThat(Triage.of("admissible", null, "why").isAccepted()).isFalse();
	}

	@ParameterizedTest(name = "{0}/{1}/''{2}'' refused by {3}")
	@CsvSource(delimiter = '|', textBlock = """
			''         | low  | because | admissibility
			admissible | ''   | because | risk
			admissible | low  | ''      | reason
			admissible | low  | '   '   | reason
			""")
	void anOverrideNeedsAnAdmissibilityARiskAndAReason(String admissibility, String risk, String reason, String field) {
		Outcome<Triage> overridden = Triage.overridden(admissibility, risk, reason);

		assertThat(overridden.fold((triage) -> null, Refusal::fields)).containsKey(field);
	}

	@Test
	void anOverrideKeepsItsReason() {
		assertThat(Triage.overridden("admissible", "low", "  agreed to mediate  ").orElseThrow())
			.isEqualTo(new Triage(Triage.Admissibility.ADMISSIBLE, Triage.Risk.LOW, "agreed to mediate"));
	}

}

package org.gavel.grievances.model;

import java.time.LocalDate;

import org.gavel.grievances.model.PanelDecision.CorrectiveAction;
import org.gavel.grievances.model.PanelDecision.Finding;
import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PanelDecisionTest {

	static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

	@Test
	void anUpheldGrievanceCarriesItsCorrectiveActionsInOrder() {
		PanelDecision decision = PanelDecision
			.read("partly-upheld", "  The clearing breached the no-deforestation" + " commitment.  ", """
					2027-03-31  Publish a time-bound restoration plan

					2027-06-30 Restore 40 ha with native species
					""", true, TODAY)
			.orElseThrow();

		assertThat(decision.finding()).isEqualTo(Finding.PARTLY_UPHELD);
		assertThat(decision.summary()).isEqualTo("The clearing breached the no-deforestation commitment.");
		assertThat(decision.actions()).containsExactly(
				new CorrectiveAction("Publish a time-bound restoration plan", LocalDate.of(2027, 3, 31)),
				new CorrectiveAction("Restore 40 ha with native species", LocalDate.of(2027, 6, 30)));
		assertThat(decision.withholdRespondent()).isTrue();
	}

	@Test
	void aGrievanceNotUpheldNeedsNoAction() {
		PanelDecision decision = PanelDecision.read("not-upheld", "No breach was found.", "", false, TODAY)
			.orElseThrow();

		assertThat(decision.finding().label()).isEqualTo("not upheld");
		assertThat(decision.actions()).isEmpty();
	}

	@ParameterizedTest(name = "{0} / ''{1}'' / ''{2}'': {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					maybe      | Found.   | ''                        | finding           | choose upheld, partly upheld or not upheld
					upheld     | '  '     | ''                        | summary           | is required
					upheld     | Found.   | Restore the forest        | correctiveActions | line 1 does not start with a due date
					upheld     | Found.   | 2027-02-30 Restore        | correctiveActions | line 1 has no such date: 2027-02-30
					upheld     | Found.   | 2027-02-01 Restore        | correctiveActions | line 1 is due on 2027-02-01, not after today (2027-02-01)
					not-upheld | No case. | 2027-05-01 Apologise      | correctiveActions | a grievance not upheld calls for no corrective action
					""")
	void aDecisionThatCannotBePublishedIsRefusedByItsField(String finding, String summary, String actions, String field,
			String message) {
		Refusal refusal = PanelDecision.read(finding, summary, actions, false, TODAY)
			.fold((decision) -> null, (refused) -> refused);

		assertThat(refusal).isNotNull();
		assertThat(refusal.fields().get(field)).contains(message);
	}

	@Test
	void eachFindingReadsBackFromItsFormValue() {
		for (Finding finding : Finding.values()) {
			assertThat(Finding.of(finding.value())).contains(finding);
		}
	}

}

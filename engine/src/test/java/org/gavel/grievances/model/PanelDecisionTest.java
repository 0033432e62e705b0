package org.gavel.grievances.model;

import java.time.LocalDate;
import java.util.Optional;

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
					""", "", RespondentKind.MEMBER, true, TODAY)
			.orElseThrow();

		assertThat(decision.finding()).isEqualTo(Finding.PARTLY_UPHELD);
		assertThat(decision.summary()).isEqualTo("The clearing breached the no-deforestation commitment.");
		assertThat(decision.actions()).containsExactly(
				new CorrectiveAction("Publish a time-bound restoration plan", LocalDate.of(2027, 3, 31)),
				new CorrectiveAction("Restore 40 ha with native species", LocalDate.of(2027, 6, 30)));
		assertThat(decision.withholdRespondent()).isTrue();
		assertThat(decision.sanction()).as("none when the form names none").isEqualTo(Sanction.NONE);
	}

	@Test
	void aGrievanceNotUpheldNeedsNoAction() {
		PanelDecision decision = PanelDecision
			.read("not-upheld", "No breach was found.", "", "none", RespondentKind.MEMBER, false, TODAY)
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
		Refusal refusal = PanelDecision.read(finding, summary, actions, "", RespondentKind.MEMBER, false, TODAY)
			.fold((decision) -> null, (refused) -> refused);

		assertThat(refusal).isNotNull();
		assertThat(refusal.fields().get(field)).contains(message);
	}

	@ParameterizedTest(name = "{0}, {1} against {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			upheld        | warning     | MEMBER      | WARNING     | false
			partly-upheld | suspension  | MEMBER      | SUSPENSION  | true
			upheld        | termination | MEMBER      | TERMINATION | true
			upheld        | none        | SECRETARIAT | NONE        | false
			not-upheld    | ''          | MEMBER      | NONE        | false
			""")
	void aSanctionIsReadFromItsFormValueAndOnlySuspensionOrTerminationGoesToTheEc(String finding, String sanction,
			RespondentKind respondent, Sanction expected, boolean byEc) {
		PanelDecision decision = PanelDecision.read(finding, "Found.", "", sanction, respondent, false, TODAY)
			.orElseThrow();

		assertThat(decision.sanction()).isEqualTo(expected);
		assertThat(decision.sanction().byExecutiveCommittee()).isEqualTo(byEc);
	}

	@ParameterizedTest(name = "{0}, {1} against {2}: {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					upheld     | expulsion  | MEMBER      | choose none, a written warning, suspension or termination of membership
					not-upheld | warning    | MEMBER      | a grievance not upheld calls for no sanction
					upheld     | suspension | SECRETARIAT | the secretariat is not a member: only a member respondent is sanctioned
					""")
	void aSanctionThatCannotBeImposedIsRefusedByItsField(String finding, String sanction, RespondentKind respondent,
			String message) {
		Refusal refusal = PanelDecision.read(finding, "Found.", "", sanction, respondent, false, TODAY)
			.fold((decision) -> null, (refused) -> refused);

		assertThat(refusal.fields()).containsEntry("sanction", message);
	}

	@ParameterizedTest(name = "{0}, {1}: {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					WARNING     | ''         | a written warning
					SUSPENSION  | ''         | suspension of membership, for the Executive Committee once the decision is final
					SUSPENSION  | BEFORE_EC  | suspension of membership, before the Executive Committee
					TERMINATION | APPROVED   | termination of membership, approved by the Executive Committee
					SUSPENSION  | REJECTED   | suspension of membership, rejected by the Executive Committee
					SUSPENSION  | LIFTED     | suspension of membership, approved by the Executive Committee, since lifted by the secretariat
					""")
	void aSanctionIsDescribedWithTheEcsRulingOnIt(Sanction sanction, String ruling, String described) {
		Optional<SanctionReferral.Ruling> ruled = ruling.isEmpty() ? Optional.empty()
				: Optional.of(SanctionReferral.Ruling.valueOf(ruling));

		assertThat(sanction.described(ruled)).isEqualTo(described);
	}

	@Test
	void eachSanctionReadsBackFromItsFormValue() {
		for (Sanction sanction : Sanction.values()) {
			assertThat(Sanction.of(sanction.value())).contains(sanction);
		}
	}

	@Test
	void eachFindingReadsBackFromItsFormValue() {
		for (Finding finding : Finding.values()) {
			assertThat(Finding.of(finding.value())).contains(finding);
		}
	}

}

package org.gavel.grievances.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appeal's checks: the window, one appeal a case, the grounds; the appeal panel's
 * decision read from its form; and closing only once every corrective action is found
 * completed.
 */
class AppealTest {

	static final CaseNumber NUMBER = new CaseNumber(2027, 7);

	static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

	/** The end of Friday 2 April 2027 in Singapore. */
	static final Instant APPEAL_BY = Instant.parse("2027-04-02T16:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2027-03-10");

	@ParameterizedTest(name = "{0}, window {1}, appealed {2}, grounds ''{3}'': {4}")
	@CsvSource(delimiter = '|',
			textBlock = """
					2027-04-02T15:59:59Z | open   | no  | The panel ignored our evidence. | accepted
					2027-04-02T16:00:00Z | open   | no  | The panel ignored our evidence. | The appeal window of case GR-2027-0007 closed on 3 April 2027, 00:00 (Asia/Singapore); the decision is final.
					2027-05-01T00:00:00Z | open   | no  | The panel ignored our evidence. | closed on 3 April 2027
					2027-03-20T00:00:00Z | open   | yes | The panel ignored our evidence. | was appealed already, by the respondent; a decision is appealed once.
					2027-03-20T00:00:00Z | none   | no  | The panel ignored our evidence. | Case GR-2027-0007 has no decision to appeal.
					2027-03-20T00:00:00Z | open   | no  | '   '                           | grounds: is required
					""")
	void anAppealIsLodgedOnceWithGroundsWhileItsWindowIsOpen(String now, String window, String appealed, String grounds,
			String expected) {
		Optional<Instant> appealBy = window.equals("open") ? Optional.of(APPEAL_BY) : Optional.empty();
		Optional<Appeal> lodged = appealed.equals("yes")
				? Optional.of(new Appeal(Party.RESPONDENT, "ana", "Unfair.", Instant.parse("2027-03-12T00:00:00Z")))
				: Optional.empty();

		String result = Appeal.lodgeable(NUMBER, appealBy, lodged, grounds, Instant.parse(now), SINGAPORE)
			.fold((accepted) -> "accepted", Refusal::message);

		assertThat(result).contains(expected);
	}

	@Test
	void aConfirmedDecisionKeepsTheFirstAndIgnoresTheReplacingFields() {
		PanelDecision first = PanelDecision
			.read("upheld", "Land cleared.", "2027-09-30 Return the land", "", RespondentKind.MEMBER, false, TODAY)
			.orElseThrow();

		AppealDecision confirmed = AppealDecision
			.read("confirmed", " The evidence holds. ", "not-upheld", "", "not a date", "", RespondentKind.MEMBER,
					false, TODAY)
			.orElseThrow();

		assertThat(confirmed.reasons()).isEqualTo("The evidence holds.");
		assertThat(confirmed.replacement()).isEmpty();
		assertThat(confirmed.inForce(first)).isEqualTo(first);
	}

	@Test
	void anOverturnedDecisionIsReplacedByTheAppealPanels() {
		PanelDecision first = PanelDecision
			.read("upheld", "Land cleared.", "2027-09-30 Return the land", "", RespondentKind.MEMBER, false, TODAY)
			.orElseThrow();

		AppealDecision overturned = AppealDecision
			.read("overturned", "The land was leased.", "not-upheld", "No breach: the land was leased.", "", "",
					RespondentKind.MEMBER, true, TODAY)
			.orElseThrow();

		assertThat(overturned.inForce(first).finding()).isEqualTo(PanelDecision.Finding.NOT_UPHELD);
		assertThat(overturned.inForce(first).actions()).isEmpty();
		assertThat(overturned.inForce(first).withholdRespondent()).isTrue();
	}

	@ParameterizedTest(name = "{0} / ''{1}'' / {2} / ''{3}'': {4}")
	@CsvSource(delimiter = '|',
			textBlock = """
					''         | Why.  | upheld  | Found.  | result: choose whether the first decision is confirmed or overturned
					confirmed  | ''    | upheld  | Found.  | reasons: is required
					overturned | Why.  | ''      | Found.  | finding: choose upheld, partly upheld or not upheld
					overturned | Why.  | upheld  | ''      | summary: is required
					""")
	void anAppealDecisionMissingAFieldIsRefusedByIt(String result, String reasons, String finding, String summary,
			String expected) {
		Refusal refusal = AppealDecision
			.read(result, reasons, finding, summary, "", "", RespondentKind.MEMBER, false, TODAY)
			.fold((decided) -> null, (refused) -> refused);

		assertThat(refusal.fields().entrySet()).map((entry) -> entry.getKey() + ": " + entry.getValue())
			.anyMatch((line) -> line.startsWith(expected));
	}

	@Test
	void aCaseClosesOnlyOnceEveryActionIsFoundCompleted() {
		PanelDecision.CorrectiveAction restore = new PanelDecision.CorrectiveAction("Restore the buffer zone",
				LocalDate.parse("2027-09-30"));
		PanelDecision.CorrectiveAction publish = new PanelDecision.CorrectiveAction("Publish the plan",
				LocalDate.parse("2027-06-30"));
		TrackedAction.Completion seen = new TrackedAction.Completion(Instant.parse("2027-07-01T00:00:00Z"), "sara",
				"Plan online.");

		String open = TrackedAction
			.allCompleted(NUMBER,
					List.of(new TrackedAction(1, restore, Optional.empty()),
							new TrackedAction(2, publish, Optional.of(seen))))
			.fold((actions) -> "closed", Refusal::message);
		String done = TrackedAction.allCompleted(NUMBER, List.of(new TrackedAction(2, publish, Optional.of(seen))))
			.fold((actions) -> "closed", Refusal::message);

		assertThat(open).isEqualTo("1 of the 2 corrective actions of case GR-2027-0007 are not found completed yet: "
				+ "1. Restore the buffer zone. Record each one's completion first.");
		assertThat(done).isEqualTo("closed");
		assertThat(new PanelDecision(PanelDecision.Finding.UPHELD, "Found.", List.of(restore, publish), Sanction.NONE,
				false)
			.actionsDueAt(SINGAPORE)).contains(Instant.parse("2027-09-30T16:00:00Z"));
	}

}

package org.gavel.grievances.model;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.gavel.grievances.model.InformationRequest.Party;
import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class InformationRequestTest {

	static final Instant ASKED = Instant.parse("2027-03-08T10:00:00Z");

	static final Instant DUE = Instant.parse("2027-03-23T00:00:00Z");

	@Test
	void aQuestionIsPutToAPartyWithItsWorkingDays() {
		InformationRequest.Asked asked = InformationRequest.ask("complainant", " Where is the village? ", " 10 ")
			.orElseThrow();

		assertThat(asked).isEqualTo(new InformationRequest.Asked(Party.COMPLAINANT, "Where is the village?", 10));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "null",
			textBlock = """
					nobody asked                 | null        | Why?   | 10   | party    | choose the complainant or the respondent
					no question                  | respondent  | ' '    | 10   | question | is required
					an answer due today          | complainant | Why?   | 0    | days     | cannot be due today or in the past
					an answer due in the past    | complainant | Why?   | -3   | days     | cannot be due today or in the past
					too long to wait             | complainant | Why?   | 61   | days     | at most 60 working days
					no number                    | complainant | Why?   | soon | days     | is not a number of working days
					""")
	void badInputIsRefusedByItsField(String what, String party, String question, String days, String field,
			String reason) {
		Refusal refusal = InformationRequest.ask(party, question, days).fold((asked) -> null, (refused) -> refused);

		assertThat(refusal.fields().get(field)).contains(reason);
	}

	@Test
	void anAnswerIsRequired() {
		assertThat(InformationRequest.answerText(" ").fold((text) -> "", Refusal::message))
			.isEqualTo("answer: is required: answer the question");
		assertThat(InformationRequest.answerText("x".repeat(20_001)).isAccepted()).isFalse();
	}

	@Test
	void onlyThePartyAskedAnswersAndOnlyOnce() {
		InformationRequest open = request(Party.COMPLAINANT);
		InformationRequest answered = open.answered(
				new InformationRequest.Answer("Sungai Baru", "complainant", Instant.parse("2027-03-10T09:00:00Z")));

		assertThat(open.openTo(Party.COMPLAINANT).isAccepted()).isTrue();
		assertThat(open.openTo(Party.RESPONDENT).fold((r) -> "", Refusal::reason))
			.isEqualTo("This question was not put to the respondent.");
		assertThat(answered.openTo(Party.COMPLAINANT).fold((r) -> "", Refusal::reason))
			.isEqualTo("This question was answered already.");
		assertThat(open.withdrawn(new InformationRequest.Withdrawal("gita", ASKED))
			.open()
			.fold((r) -> "", Refusal::reason)).isEqualTo("This question was withdrawn.");
	}

	@Test
	void aQuestionToTheComplainantStopsTheClockUntilItCloses() {
		Instant answeredAt = Instant.parse("2027-03-10T09:00:00Z");
		InformationRequest toComplainant = request(Party.COMPLAINANT);

		assertThat(toComplainant.clockStop()).as("still open").isEmpty();
		assertThat(toComplainant.answered(new InformationRequest.Answer("Here", "complainant", answeredAt)).clockStop())
			.contains(new ClockStop(ASKED, answeredAt));
		assertThat(toComplainant.withdrawn(new InformationRequest.Withdrawal("gita", answeredAt)).clockStop())
			.contains(new ClockStop(ASKED, answeredAt));
		assertThat(
				request(Party.RESPONDENT).answered(new InformationRequest.Answer("No", "ana", answeredAt)).clockStop())
			.as("the respondent's clock is its own")
			.isEmpty();
	}

	@Test
	void anOpenQuestionIsOverdueOnceItsDeadlinePasses() {
		assertThat(request(Party.COMPLAINANT).overdue(DUE.minusSeconds(1))).isFalse();
		assertThat(request(Party.COMPLAINANT).overdue(DUE)).isTrue();
	}

	private static InformationRequest request(Party party) {
		return new InformationRequest(UUID.randomUUID(), party, "Where is the village?", "gita", ASKED, DUE,
				Optional.empty(), Optional.empty());
	}

}

package org.gavel.grants.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An evaluator's score lines: read whole or refused with the line at fault. */
class ScoreSheetTest {

	static final Criteria CRITERIA = Criteria
		.of(List.of(new Criterion("reach", "Reach", 60, 5, ""), new Criterion("cost", "Value for money", 40, 10, "")))
		.orElseThrow();

	@Test
	void linesWrittenFromTheFieldsReadBackAsTheScores() {
		String lines = ScoreSheet.lines(CRITERIA, Map.of("reach", "4", "cost", " 7.5"),
				Map.of("reach", "Names 800\nhouseholds", "cost", "USD 0.45 a tree"));

		ScoreSheet sheet = ScoreSheet.read(CRITERIA, lines).orElseThrow();

		assertThat(sheet.scores()).containsEntry("reach", new BigDecimal("4"))
			.containsEntry("cost", new BigDecimal("7.5"));
		assertThat(sheet.comments()).containsEntry("reach", "Names 800 households");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '#',
			textBlock = """
					a criterion left out    # reach | 4 | good                                 # Value for money is not scored
					a score out of range    # reach | 6 | good\\ncost | 7 | fine               # Reach: must be from 0 to 5
					two decimals            # reach | 4.25 | good\\ncost | 7 | fine            # Reach: at most 1 decimal
					not a number            # reach | four | good\\ncost | 7 | fine            # line 1: 'four' is not a score
					no comment              # reach | 4 |   \\ncost | 7 | fine                 # line 1: say why: every score has a comment
					an unknown criterion    # impact | 4 | good                                # line 1: 'impact' is not a criterion of this call; they are reach, cost
					twice                   # reach | 4 | a\\nreach | 3 | b                    # line 2: 'reach' is scored twice
					too few parts           # reach 4                                          # line 1: write the criterion, the score and a comment, e.g. reach | 4 | Names 800 households
					""")
	void aMistakeIsRefusedWithItsLine(String mistake, String lines, String reason) {
		Refusal refusal = ScoreSheet.read(CRITERIA, lines.replace("\\n", "\n")).fold((sheet) -> {
			throw new AssertionError("accepted " + sheet);
		}, (refused) -> refused);

		assertThat(refusal.field()).isEqualTo("scores");
		assertThat(refusal.reason()).isEqualTo(reason);
	}

}

package org.gavel.system.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TaskNamesTest {

	@ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
	@CsvSource(delimiter = '|', nullValues = "null",
			textBlock = """
					Review the item           | Budget 2027 | 3f2b8c1e-0d4a-4c57-9e2f-1a2b3c4d5e6f | Review the item: Budget 2027
					Acknowledge the grievance | null        | G-2026-0007                          | Acknowledge the grievance (G-2026-0007)
					Acknowledge the grievance | '  '        | ' G-2026-0007 '                      | Acknowledge the grievance (G-2026-0007)
					Sign off the result       | null        | 3f2b8c1e-0d4a-4c57-9e2f-1a2b3c4d5e6f | Sign off the result
					Sign off the result       | null        | null                                 | Sign off the result
					null                      | Budget 2027 | null                                 | Task: Budget 2027
					' Score the proposal '    | null        | RFP-2026-01-P03                      | Score the proposal (RFP-2026-01-P03)
					""")
	void aTaskSaysWhatItIsAbout(String name, String title, String businessKey, String named) {
		assertThat(TaskNames.name(name, title, businessKey)).isEqualTo(named);
	}

	@Test
	void aNameFitsTheEnginesColumn() {
		String named = TaskNames.name("Review the item", "x".repeat(400), null);
		assertThat(named).hasSize(TaskNames.LONGEST).startsWith("Review the item: xxx").endsWith("…");
		assertThat(TaskNames.name("Review the item", "x".repeat(255 - "Review the item: ".length()), null)).hasSize(255)
			.doesNotContain("…");
	}

}

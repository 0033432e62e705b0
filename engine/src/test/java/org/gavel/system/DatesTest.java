package org.gavel.system;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

	@ParameterizedTest(name = "{0} in {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-12-17T00:00:00Z | UTC            | the end of 16 December 2026 (UTC)
			2026-12-16T16:00:00Z | Asia/Singapore | the end of 16 December 2026 (Asia/Singapore)
			2027-01-01T00:00:00Z | UTC            | the end of 31 December 2026 (UTC)
			2026-12-16T23:59:00Z | UTC            | 16 December 2026, 23:59 (UTC)
			2027-03-28T00:00:00Z | Europe/Paris   | 28 March 2027, 01:00 (Europe/Paris)
			""")
	void aDeadlineAtMidnightReadsAsTheEndOfTheDayBefore(Instant deadline, ZoneId zone, String read) {
		assertThat(Dates.deadline(deadline, zone)).isEqualTo(read);
	}

}

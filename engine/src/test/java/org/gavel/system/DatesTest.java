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

	@ParameterizedTest(name = "{0} from {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-12-04T12:00:00Z | 2026-12-01T12:00:00Z | in 3 days
			2026-12-04T11:59:00Z | 2026-12-01T12:00:00Z | in 3 days
			2026-12-04T23:59:00Z | 2026-12-01T12:00:00Z | in 3 days
			2026-12-05T00:00:00Z | 2026-12-01T12:00:00Z | in 4 days
			2026-12-03T12:00:00Z | 2026-12-01T12:00:00Z | in 2 days
			2026-12-03T11:59:00Z | 2026-12-01T12:00:00Z | in 47 hours
			2026-12-01T14:00:00Z | 2026-12-01T12:00:00Z | in 2 hours
			2026-12-01T13:59:00Z | 2026-12-01T12:00:00Z | in 119 minutes
			2026-12-01T12:01:00Z | 2026-12-01T12:00:00Z | in 1 minute
			2026-12-01T12:00:30Z | 2026-12-01T12:00:00Z | in less than a minute
			2026-12-01T12:00:00Z | 2026-12-01T12:00:00Z | in less than a minute
			2026-12-01T11:59:30Z | 2026-12-01T12:00:00Z | less than a minute ago
			2026-12-01T11:00:00Z | 2026-12-01T12:00:00Z | 60 minutes ago
			2026-11-28T12:00:00Z | 2026-12-01T12:00:00Z | 3 days ago
			""")
	void aMomentIsSaidAsHowFarItIsFromNow(Instant instant, Instant now, String said) {
		assertThat(Dates.relative(instant, now)).isEqualTo(said);
	}

}

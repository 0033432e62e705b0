package org.gavel.voting.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.gavel.system.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ballot's own checks of time, as a table: when it may be counted (its online window
 * passed) and when proxies may be given or withdrawn (before the rule set's deadline).
 */
class BallotChecksTest {

	private static final Instant OPENS = Instant.parse("2025-03-01T00:00:00Z");

	private static final Instant CLOSES = Instant.parse("2025-03-11T00:00:00Z");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			before it opens          | -PT240H1S | false | false
			as it opens              | -PT240H   | true  | false
			a second before it closes | -PT1S    | true  | false
			as it closes             | PT0S      | false | true
			an hour after it closed  | PT1H      | false | true
			""")
	void aBallotIsCountedOnlyOnceItsOnlineWindowHasPassed(String when, Duration fromClose, boolean open,
			boolean countable) {
		Ballot ballot = ballot(Presets.simpleMajority());
		Instant at = CLOSES.plus(fromClose);

		assertThat(ballot.isOpenAt(at)).isEqualTo(open);
		assertThat(ballot.onlineWindowPassedAt(at)).isEqualTo(countable);
		assertThat(ballot.countableAt(at)).isEqualTo(countable ? Outcome.accepted(ballot)
				: Outcome.refused("Voting is open until 2025-03-11T08:00+08:00[Asia/Singapore]."));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a second before it opens | -PT240H1S | true
			as it opens              | -PT240H   | false
			after it closed          | PT1H      | false
			""")
	void aBallotIsNotYetOpenOnlyBeforeItOpens(String when, Duration fromClose, boolean notYetOpen) {
		Ballot ballot = ballot(Presets.simpleMajority());

		assertThat(ballot.notYetOpenAt(CLOSES.plus(fromClose))).isEqualTo(notYetOpen);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			no proxies in the rule set       | simple-majority | -PT240H  | NONE
			no proxies, even after the close | simple-majority | PT1H     | NONE
			as the ballot opens              | rspo-ga         | -PT240H  | OPEN
			a second before the deadline     | rspo-ga         | -PT120H1S | OPEN
			at the deadline, 5 days before   | rspo-ga         | -PT120H  | PASSED
			after the close                  | rspo-ga         | PT1H     | PASSED
			""")
	void proxiesAreGivenAndWithdrawnOnlyBeforeTheDeadline(String when, String ruleSet, Duration fromClose,
			Ballot.ProxyWindow window) {
		Ballot ballot = ballot("rspo-ga".equals(ruleSet) ? Presets.rspoGa() : Presets.simpleMajority());

		assertThat(ballot.proxyWindowAt(CLOSES.plus(fromClose))).isEqualTo(window);
		assertThat(ballot.allowsProxies()).isEqualTo(window != Ballot.ProxyWindow.NONE);
	}

	private static Ballot ballot(RuleSet rules) {
		return new Ballot(UUID.fromString("0b5e1a52-3e0a-4a8e-9d61-0d4b8b7e9a10"), "A motion", rules,
				UUID.fromString("1c2d3e4f-3e0a-4a8e-9d61-0d4b8b7e9a10"), Map.of(), OPENS, CLOSES,
				ZoneId.of("Asia/Singapore"), false, Ballot.CHAIN_VERSION);
	}

}

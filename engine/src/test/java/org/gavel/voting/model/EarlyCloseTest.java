package org.gavel.voting.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When a ballot may be counted before its window ends: only where its rule set says so,
 * only once every place on the roll has voted, never with a room session to come, and
 * never under a rule whose votes could still change.
 */
class EarlyCloseTest {

	static final Instant OPENS = Instant.parse("2027-03-01T00:00:00Z");

	static final Instant CLOSES = Instant.parse("2027-03-08T00:00:00Z");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			every place voted, the rule allows it         | true  | false | 2027-03-02T00:00:00Z | 3 | true
			one place still to vote                      | true  | false | 2027-03-02T00:00:00Z | 2 | false
			the rule does not allow it                   | false | false | 2027-03-02T00:00:00Z | 3 | false
			an in-room session is still to come          | true  | true  | 2027-03-02T00:00:00Z | 3 | false
			the window has passed: counted in any case   | false | false | 2027-03-08T00:00:00Z | 0 | true
			""")
	void countableWhen(String example, boolean allowed, boolean inRoom, Instant at, int voted, boolean countable) {
		Ballot ballot = ballot(allowed, inRoom);

		assertThat(ballot.countableAt(at, voted).isAccepted()).isEqualTo(countable);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a vote may change                         | true  | false
			a principal voting overrides their proxy  | false | true
			""")
	void neverWhereAVoteCouldStillChange(String example, boolean voteChange, boolean proxies) {
		RuleSet simple = Presets.simpleMajority();

		assertThatThrownBy(() -> new RuleSet("x", 1, "X", simple.weighting(), null, simple.conditions(), simple.ties(),
				new RuleSet.Mechanics(voteChange, false,
						proxies ? new RuleSet.Proxies(Map.of(), Duration.ofHours(1)) : null, false, true)))
			.isInstanceOf(InvalidRuleSetException.class)
			.hasMessageContaining("mechanics.closeWhenAllVoted");
	}

	private static Ballot ballot(boolean earlyClose, boolean inRoom) {
		RuleSet simple = Presets.simpleMajority();
		RuleSet rules = new RuleSet("early", 1, "Early", simple.weighting(), null, simple.conditions(), simple.ties(),
				new RuleSet.Mechanics(false, false, null, false, earlyClose));
		Map<String, Elector> roll = new LinkedHashMap<>();
		for (String voter : new String[] { "a", "b", "c" }) {
			roll.put(voter, new Elector(voter, "members", null, "organisation", null));
		}
		return new Ballot(UUID.randomUUID(), "A motion", rules, UUID.randomUUID(), roll, OPENS, CLOSES,
				ZoneId.of("UTC"), inRoom, Ballot.CHAIN_VERSION);
	}

}

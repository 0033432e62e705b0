package org.gavel.voting.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked examples of docs/voting-rules.md, "A meeting's quorum": ten member
 * organisations on the roll (six growers, four civil society), "more than half present or
 * represented", with members who voted online in advance counted or not.
 */
class MeetingQuorumTest {

	/** g1..g6 growers, c1..c4 civil society; each place an organisation's. */
	static final List<Elector> ROLL = roll();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					present or represented, online not counted: half is not more than half | IN_ROOM PROXIES | false | g1 g2 c1 c2 | g3       | g4 c3    | 5 of 10 present or represented: 50 % of the roll; more than 50 % required: not met
					the same meeting, online in advance counted                         | IN_ROOM PROXIES | true  | g1 g2 c1 c2 | g3       | g4 c3    | 7 of 10 present, represented or voted online in advance: 70 % of the roll; more than 50 % required: met
					one more in the room                                                | IN_ROOM PROXIES | false | g1 g2 c1 c2 g5 | g3    | -        | 6 of 10 present or represented: 60 % of the roll; more than 50 % required: met
					proxies do not count: only those in the room                        | IN_ROOM         | false | g1 g2 c1 c2 | g3 g4 g5 | -        | 4 of 10 present: 40 % of the roll; more than 50 % required: not met
					present and voted online in advance: counted once                   | IN_ROOM PROXIES | true  | g1 g2 c1 c2 c3 | -     | g1 g2 c1 | 5 of 10 present, represented or voted online in advance: 50 % of the roll; more than 50 % required: not met
					""")
	void countsWhoTheRuleSaysCounts(String example, String counting, boolean online, String present, String represented,
			String votedOnline, String explanation) {
		Quorum quorum = quorum(counting, online, Quorum.Scope.OVERALL);

		List<Check> checks = MeetingQuorum.check("AGM 2027", quorum, ROLL, register(present, represented),
				set(votedOnline));

		assertThat(checks).extracting(Check::explanation).containsExactly("Meeting quorum of AGM 2027, " + explanation);
	}

	@Test
	void perChamberEveryChamberMustBeQuorate() {
		Quorum quorum = quorum("IN_ROOM PROXIES", false, Quorum.Scope.PER_CHAMBER);

		List<Check> checks = MeetingQuorum.check("AGM 2027", quorum, ROLL, register("g1 g2 g3 g4 c1", "c2"), Set.of());

		assertThat(checks).extracting(Check::explanation)
			.containsExactly(
					"Meeting quorum of AGM 2027 in civil-society, 2 of 4 present or represented: 50 % of the roll; more than 50 % required: not met",
					"Meeting quorum of AGM 2027 in growers, 4 of 6 present or represented: 66.7 % of the roll; more than 50 % required: met");
	}

	@Test
	void aMeetingWithoutQuorumDecidesNothingWhateverTheVotes() {
		RuleSet rules = meetingRules(quorum("IN_ROOM PROXIES", false, Quorum.Scope.OVERALL));
		List<GroupCount> unanimous = List.of(GroupCount.of(VotingGroup.chamber("growers"), 6, new Counts(6, 0, 0, 0)),
				GroupCount.of(VotingGroup.chamber("civil-society"), 4, new Counts(4, 0, 0, 0)));
		List<Check> inquorate = MeetingQuorum.check("AGM 2027", rules.quorum(), ROLL, register("g1 g2 c1", "c2"),
				Set.of());

		Result result = Tally.count(rules, unanimous, Optional.empty(), inquorate);

		assertThat(result.outcome()).isEqualTo(BallotOutcome.NO_QUORUM);
		assertThat(result.explanation()).isEqualTo(
				"""
						Meeting quorum of AGM 2027, 4 of 10 present or represented: 40 % of the roll; more than 50 % required: not met
						The meeting was not validly constituted: it can decide nothing, this ballot included; it must be reconvened.
						Outcome: no quorum""");
	}

	@Test
	void aBallotOfNoMeetingUnderAMeetingQuorumHasNone() {
		RuleSet rules = meetingRules(quorum("IN_ROOM PROXIES", false, Quorum.Scope.OVERALL));

		Result result = Tally.count(rules,
				List.of(GroupCount.of(VotingGroup.chamber("growers"), 6, new Counts(6, 0, 0, 0))), Optional.empty(),
				null);

		assertThat(result.outcome()).isEqualTo(BallotOutcome.NO_QUORUM);
		assertThat(result.explanation()).contains("this ballot belongs to no meeting");
	}

	@Test
	void aQuorateMeetingLetsTheBallotBeCounted() {
		RuleSet rules = meetingRules(quorum("IN_ROOM PROXIES", false, Quorum.Scope.OVERALL));
		List<Check> quorate = MeetingQuorum.check("AGM 2027", rules.quorum(), ROLL, register("g1 g2 g3 c1 c2", "c3"),
				Set.of());

		Result result = Tally.count(rules,
				List.of(GroupCount.of(VotingGroup.chamber("growers"), 6, new Counts(2, 1, 0, 0)),
						GroupCount.of(VotingGroup.chamber("civil-society"), 4, new Counts(2, 0, 1, 0))),
				Optional.empty(), quorate);

		assertThat(result.outcome()).isEqualTo(BallotOutcome.ADOPTED);
		assertThat(result.checks()).first()
			.isEqualTo(new Check(true,
					"Meeting quorum of AGM 2027, 6 of 10 present or represented: 60 % of the roll; more than 50 % required: met"));
	}

	static Quorum quorum(String counting, boolean online, Quorum.Scope scope) {
		Set<Quorum.Counting> ways = EnumSet.noneOf(Quorum.Counting.class);
		if (counting != null && !counting.equals("-")) {
			for (String way : counting.split(" ")) {
				ways.add(Quorum.Counting.valueOf(way));
			}
		}
		return new Quorum(Quorum.Basis.HEADCOUNT, scope, Comparison.GREATER_THAN, Share.of(1, 2), ways,
				Quorum.OnFailure.MEETING_INVALID, Quorum.Level.MEETING, online);
	}

	private static RuleSet meetingRules(Quorum quorum) {
		RuleSet simple = Presets.simpleMajority();
		return new RuleSet("meeting-majority", 1, "Majority at a quorate meeting", simple.weighting(), quorum,
				simple.conditions(), simple.ties(), simple.mechanics());
	}

	private static Map<String, Attendance> register(String present, String represented) {
		Map<String, Attendance> register = new HashMap<>();
		set(present).forEach((place) -> register.put(place, new Attendance(place, Attendance.Presence.PRESENT, null)));
		set(represented)
			.forEach((place) -> register.put(place, new Attendance(place, Attendance.Presence.REPRESENTED, "proxy")));
		return register;
	}

	private static Set<String> set(String names) {
		return (names == null || names.equals("-")) ? Set.of() : new HashSet<>(List.of(names.split(" ")));
	}

	private static List<Elector> roll() {
		List<Elector> roll = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			roll.add(new Elector("g" + i, "growers", null, "organisation", "g" + i));
		}
		for (int i = 1; i <= 4; i++) {
			roll.add(new Elector("c" + i, "civil-society", null, "organisation", "c" + i));
		}
		return roll;
	}

}

package org.gavel.voting.model;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked examples of docs/voting-rules.md, figures computed by hand.
 */
class WorkedExamplesTest {

	@Test
	void fscGeneralAssemblyAdoptsWithMajoritiesInEveryChamberAndTwoThirdsOverall() {
		Result result = Tally.count(Presets.fscGa(), fscBallots(2, 2));

		assertThat(result.outcome()).isEqualTo(BallotOutcome.ADOPTED);
		assertThat(result.explanation()).isEqualTo("""
				Quorum in economic: 78.8 % of the voting power took part; more than 50 % required: met
				Quorum in environmental: 92.5 % of the voting power took part; more than 50 % required: met
				Quorum in social: 86.3 % of the voting power took part; more than 50 % required: met
				economic: 66.7 % in favour, counting votes for and against; more than 50 % required: met
				environmental: 72.9 % in favour, counting votes for and against; more than 50 % required: met
				social: 72.5 % in favour, counting votes for and against; more than 50 % required: met
				Overall: 70.6 % in favour, counting votes for and against; at least 66.7 % required: met
				Outcome: adopted""");
		assertThat(result.totals().inFavour()).isEqualTo(Share.of(487, 690));
	}

	@Test
	void fscGeneralAssemblyAdoptsAtExactlyTwoThirds() {
		Result result = Tally.count(Presets.fscGa(), fscBallots(1, 3));

		assertThat(result.totals().inFavour()).isEqualTo(Share.of(2, 3));
		assertThat(result.outcome()).isEqualTo(BallotOutcome.ADOPTED);
		assertThat(result.checks()).last()
			.isEqualTo(new Check(true,
					"Overall: 66.7 % in favour, counting votes for and against; at least 66.7 % required: met"));
	}

	@Test
	void rspoResolutionPassesWhenForBeatsAgainstWhateverTheAbstentions() {
		// GA15-6d: 117 for, 98 against, 35 abstentions, 1 spoilt.
		Result result = Tally.count(Presets.rspoGa(),
				List.of(GroupCount.of(VotingGroup.chamber("ordinary"), 600, new Counts(117, 98, 35, 1))));

		assertThat(result.outcome()).isEqualTo(BallotOutcome.ADOPTED);
		assertThat(result.explanation()).isEqualTo(
				"Overall: 54.4 % in favour, counting votes for and against; more than 50 % required: met\nOutcome: adopted");
	}

	@Test
	void rtrsRecountsByConstituencyBecauseOneMemberVotedAgainst() {
		// 2020: 83 of 141 voted, 78 for, 1 against, 4 abstentions.
		List<GroupCount> groups = List.of(
				GroupCount.of(VotingGroup.chamber("civil-society"), 31, new Counts(13, 0, 1, 0)),
				GroupCount.of(VotingGroup.chamber("industry-trade-finance"), 60, new Counts(35, 0, 1, 0)),
				GroupCount.of(VotingGroup.chamber("producers"), 50, new Counts(30, 1, 2, 0)));

		Result result = Tally.count(Presets.rtrsWrittenResolution(), groups);

		assertThat(result.outcome()).isEqualTo(BallotOutcome.ADOPTED);
		assertThat(result.explanation()).isEqualTo("""
				Quorum, 83 of 141 took part: 58.9 % of the roll; more than 50 % required: met
				Overall: 94 % in favour, counting every valid ballot; more than 50 % required: met
				civil-society: 92.9 % in favour, counting every valid ballot; more than 50 % required: met
				industry-trade-finance: 97.2 % in favour, counting every valid ballot; more than 50 % required: met
				producers: 90.9 % in favour, counting every valid ballot; more than 50 % required: met
				Outcome: adopted""");
	}

	@Test
	void rtrsSkipsTheRecountWhenNobodyVotedAgainst() {
		List<GroupCount> groups = List.of(GroupCount.of(VotingGroup.chamber("producers"), 10, new Counts(6, 0, 0, 0)),
				GroupCount.of(VotingGroup.chamber("civil-society"), 10, new Counts(0, 0, 5, 0)));

		Result result = Tally.count(Presets.rtrsWrittenResolution(), groups);

		assertThat(result.outcome()).isEqualTo(BallotOutcome.ADOPTED);
		assertThat(result.explanation()).isEqualTo("""
				Quorum, 11 of 20 took part: 55 % of the roll; more than 50 % required: met
				Overall: 54.5 % in favour, counting every valid ballot; more than 50 % required: met
				In each chamber: not checked, nobody voted against.
				Outcome: adopted""");
	}

	@Test
	void rtrsFailsWithoutAQuorumOfAllMembers() {
		List<GroupCount> groups = List.of(GroupCount.of(VotingGroup.chamber("producers"), 10, new Counts(6, 0, 0, 0)),
				GroupCount.of(VotingGroup.chamber("civil-society"), 10, Counts.NONE));

		Result result = Tally.count(Presets.rtrsWrittenResolution(), groups);

		assertThat(result.outcome()).isEqualTo(BallotOutcome.NO_QUORUM);
		assertThat(result.explanation()).isEqualTo("""
				Quorum, 6 of 20 took part: 30 % of the roll; more than 50 % required: not met
				Quorum not reached: the motion fails.
				Outcome: no quorum""");
	}

	@Test
	void fscCanadaNeedsMoreThanHalfOfEveryChambersMembersInFavour() {
		List<GroupCount> groups = List.of(GroupCount.of(VotingGroup.chamber("aboriginal"), 10, new Counts(6, 0, 0, 0)),
				GroupCount.of(VotingGroup.chamber("economic"), 10, new Counts(9, 0, 0, 0)),
				GroupCount.of(VotingGroup.chamber("environmental"), 10, new Counts(5, 5, 0, 0)),
				GroupCount.of(VotingGroup.chamber("social"), 10, new Counts(7, 2, 0, 0)));

		Result result = Tally.count(Presets.fscCanada(), groups);

		assertThat(result.outcome()).isEqualTo(BallotOutcome.REJECTED);
		assertThat(result.explanation()).isEqualTo("""
				aboriginal: 60 % in favour, counting every member in good standing; more than 50 % required: met
				economic: 90 % in favour, counting every member in good standing; more than 50 % required: met
				environmental: 50 % in favour, counting every member in good standing; more than 50 % required: not met
				social: 70 % in favour, counting every member in good standing; more than 50 % required: met
				Outcome: rejected""");
	}

	@Test
	void gpsnrWeightsCategoriesUnequally() {
		List<GroupCount> groups = List.of(gpsnr("producers-processors-traders", 2, 1),
				gpsnr("vehicle-makers-downstream-financiers", 0, 3), gpsnr("tyre-makers-rubber-buyers", 1, 2),
				gpsnr("civil-society", 3, 0), gpsnr("smallholder-producers", 2, 1));

		Result weighted = Tally.count(Presets.gpsnrGa(), groups);
		Result headcount = Tally.count(Presets.simpleMajority(), groups);

		assertThat(weighted.totals().inFavour()).isEqualTo(Share.of(37, 60));
		assertThat(weighted.explanation()).isEqualTo(
				"Overall: 61.7 % in favour, counting votes for and against; more than 50 % required: met\nOutcome: adopted");
		assertThat(headcount.totals().inFavour()).isEqualTo(Share.of(8, 15));
	}

	@ParameterizedTest(name = "a panel of 3: {0} for, {1} against, {2} abstaining: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			2 | 1 | 0 | ADOPTED
			1 | 1 | 1 | REJECTED
			1 | 0 | 0 | NO_QUORUM
			0 | 2 | 1 | REJECTED
			""")
	void aComplaintsPanelAdoptsItsDecisionByAMajorityOfMoreThanHalfOfItsMembers(int inFavour, int against,
			int abstaining, BallotOutcome expected) {
		Result result = Tally.count(Presets.grievancePanel(),
				List.of(GroupCount.of(VotingGroup.chamber("panel"), 3, new Counts(inFavour, against, abstaining, 0))));

		assertThat(result.outcome()).isEqualTo(expected);
	}

	@Test
	void aTieFailsUnderASimpleMajority() {
		Result result = Tally.count(Presets.simpleMajority(),
				List.of(GroupCount.of(VotingGroup.chamber("all"), 12, new Counts(5, 5, 2, 0))));

		assertThat(result.outcome()).isEqualTo(BallotOutcome.REJECTED);
		assertThat(result.explanation()).isEqualTo(
				"Tie: 5 for and 5 against carry equal weight; a tie fails under this rule set.\nOutcome: rejected");
	}

	@Test
	void anExecutiveCommitteeTieWaitsForTheChairsCastingVote() {
		List<GroupCount> seats = List.of(GroupCount.of(VotingGroup.chamber("civil-society"), 3, new Counts(2, 1, 0, 0)),
				GroupCount.of(VotingGroup.chamber("producers"), 2, new Counts(0, 2, 0, 0)),
				GroupCount.of(VotingGroup.chamber("smallholders"), 3, new Counts(1, 0, 1, 0)),
				GroupCount.of(VotingGroup.chamber("tyre-makers"), 4, Counts.NONE));

		Result waiting = Tally.count(Presets.ecConsensusThenSeatVote(), seats);
		Result decided = Tally.count(Presets.ecConsensusThenSeatVote(), seats, Optional.of(Choice.FOR));

		assertThat(waiting.outcome()).isEqualTo(BallotOutcome.TIE);
		assertThat(waiting.explanation()).isEqualTo("""
				Quorum, 7 of 12 took part: 58.3 % of the roll; more than 50 % required: met
				Tie: 3 for and 3 against carry equal weight; waiting for the chair's casting vote.
				Outcome: tie""");
		assertThat(decided.outcome()).isEqualTo(BallotOutcome.ADOPTED);
	}

	/**
	 * FSC: three chambers, each with 4 organisations and 2 individuals in the North and
	 * in the South. Only social North organisations change between the two examples.
	 */
	private static List<GroupCount> fscBallots(int socialNorthFor, int socialNorthAgainst) {
		return List.of(fsc("environmental", "north", "organisation", 4, 3, 1, 0),
				fsc("environmental", "south", "organisation", 4, 2, 1, 1),
				fsc("environmental", "north", "individual", 2, 1, 0, 0),
				fsc("environmental", "south", "individual", 2, 0, 0, 0),
				fsc("social", "north", "organisation", 4, socialNorthFor, socialNorthAgainst, 0),
				fsc("social", "south", "organisation", 4, 3, 0, 0), fsc("social", "north", "individual", 2, 0, 2, 0),
				fsc("social", "south", "individual", 2, 1, 0, 0), fsc("economic", "north", "organisation", 4, 4, 0, 0),
				fsc("economic", "south", "organisation", 4, 1, 2, 0),
				fsc("economic", "north", "individual", 2, 0, 0, 0), fsc("economic", "south", "individual", 2, 0, 0, 0));
	}

	private static GroupCount fsc(String chamber, String sub, String type, int registered, int f, int a, int ab) {
		return GroupCount.of(new VotingGroup(chamber, sub, type), registered, new Counts(f, a, ab, 0));
	}

	private static GroupCount gpsnr(String category, int f, int a) {
		return GroupCount.of(VotingGroup.chamber(category), 3, new Counts(f, a, 0, 0));
	}

}

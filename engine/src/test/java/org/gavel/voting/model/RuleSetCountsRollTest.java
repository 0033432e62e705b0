package org.gavel.voting.model;

import java.util.List;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a rule set can count a roll before a ballot opens on it: every voting group of
 * the roll has a weight.
 */
class RuleSetCountsRollTest {

	@Test
	void aRollInTheRuleSetsChambersCanBeCounted() {
		RuleSet rules = Presets.fscGa();
		List<Elector> roll = List.of(new Elector("a", "environmental", "north", "organisation", null),
				new Elector("b", "social", "south", "individual", null));

		assertThat(rules.canCount(roll)).isEqualTo(Outcome.accepted(rules));
	}

	@Test
	void aRollWithAChamberTheRuleSetDoesNotWeighCannotBeCounted() {
		RuleSet rules = Presets.fscGa();
		List<Elector> roll = List.of(new Elector("a", "environmental", "north", "organisation", null),
				new Elector("b", "civil-society", "south", "individual", null));
		VotingGroup group = rules.groupOf("civil-society", "south", "individual");

		assertThat(rules.canCount(roll)).isEqualTo(Outcome.refused(Refusal.of("ruleSet", "rule set fsc-ga cannot count "
				+ "this roll: voting group " + group + ": 'civil-society' has no weight in the rule set")));
	}

	@Test
	void aRollUnderOneMemberOneVoteCanAlwaysBeCounted() {
		RuleSet rules = Presets.simpleMajority();

		assertThat(rules.canCount(List.of(new Elector("a", "anything", null, null, null))))
			.isEqualTo(Outcome.accepted(rules));
	}

}

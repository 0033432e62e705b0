package org.gavel.approvals.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision worked out from the path the EC approval took.
 */
class DecisionTest {

	@ParameterizedTest(name = "consensus {0}, vote adopted {1}, chair {2} -> approved {3} by {4}")
	@CsvSource(nullValues = "none", textBlock = """
			true,  false, none,   true,  CONSENSUS
			true,  true,  RETURN, true,  CONSENSUS
			false, true,  none,   true,  SEAT_VOTE
			false, false, REJECT, false, CHAIR
			false, false, RETURN, false, ROUNDS_EXHAUSTED
			""")
	void theDecisionFollowsThePath(boolean consensus, boolean voteAdopted, ChairDecision chair, boolean approved,
			Decision.How how) {
		Decision decision = Decision.reach(consensus, voteAdopted, chair);

		assertThat(decision).isEqualTo(new Decision(approved, how));
		assertThat(decision.status()).isEqualTo(approved ? Status.APPROVED : Status.REJECTED);
	}

}

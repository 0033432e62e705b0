package org.gavel.grants.model;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The panel meeting's changes to the ranking: each with its reason, within the ranking.
 */
class RankAdjustmentTest {

	static final Reference P1 = Reference.ofRfp(2027, 1).proposal(1);

	static final Reference P2 = Reference.ofRfp(2027, 1).proposal(2);

	@Test
	void noChangeLeavesTheComputedRankingAndAChangeKeepsItsReason() {
		assertThat(RankAdjustment.read("  ", Set.of(P1, P2)).orElseThrow()).isEmpty();
		assertThat(RankAdjustment.read("RFP-2027-01-P002 | 1 | its reach is proven", Set.of(P1, P2)).orElseThrow())
			.containsEntry(P2, new RankAdjustment(P2, 1, "its reach is proven"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '#',
			textBlock = """
					no reason          # RFP-2027-01-P002 | 1 |          # line 1: write the proposal, its new place and why, e.g. RFP-2027-01-P003 | 1 | its reach is proven
					not ranked         # RFP-2027-01-P009 | 1 | why      # line 1: 'RFP-2027-01-P009' is not a ranked proposal
					a place too far    # RFP-2027-01-P002 | 3 | why      # line 1: the place is from 1 to 2, the number of ranked proposals
					moved twice        # RFP-2027-01-P002 | 1 | a\\nRFP-2027-01-P002 | 2 | b # line 2: RFP-2027-01-P002 is moved twice
					""")
	void aMistakeIsRefusedWithItsLine(String mistake, String lines, String reason) {
		String refused = RankAdjustment.read(lines.replace("\\n", "\n"), Set.of(P1, P2))
			.fold((ok) -> "accepted", (refusal) -> refusal.reason());

		assertThat(refused).isEqualTo(reason);
	}

}

package org.gavel.membership.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RollDiffTest {

	private static final RollEntry GINA = entry("gina", "green-estates", "growers");

	private static final RollEntry RITA = entry("rita", "rubber-watch", "civil-society");

	@Test
	void findsNothingBetweenTwoEqualRolls() {
		assertThat(RollDiff.between(Electorate.GENERAL_ASSEMBLY, List.of(GINA, RITA), List.of(RITA, GINA)).isEmpty())
			.isTrue();
	}

	@Test
	void reportsAddedRemovedAndChangedEntries() {
		RollEntry newVoterForRubberWatch = entry("stan", "rubber-watch", "civil-society");
		RollEntry newcomer = entry("nico", "new-coop", "growers");

		RollDiff diff = RollDiff.between(Electorate.GENERAL_ASSEMBLY, List.of(GINA, RITA),
				List.of(newVoterForRubberWatch, newcomer));

		assertThat(diff.added()).containsExactly(newcomer);
		assertThat(diff.removed()).containsExactly(GINA);
		assertThat(diff.changed()).containsExactly(new RollDiff.Change(RITA, newVoterForRubberWatch));
	}

	@Test
	void comparesExecutiveCommitteeRollsBySeatHolder() {
		RollEntry ritaMovedOrganisation = entry("rita", "forest-friends", "civil-society");

		RollDiff diff = RollDiff.between(Electorate.EXECUTIVE_COMMITTEE, List.of(RITA), List.of(ritaMovedOrganisation));

		assertThat(diff.changed()).containsExactly(new RollDiff.Change(RITA, ritaMovedOrganisation));
		assertThat(diff.added()).isEmpty();
	}

	private static RollEntry entry(String voter, String organisation, String category) {
		return new RollEntry(voter, voter, organisation, organisation, category, null, MemberType.ORGANISATION);
	}

}

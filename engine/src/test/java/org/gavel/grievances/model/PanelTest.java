package org.gavel.grievances.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PanelTest {

	/** gita and gabriel have no organisation; hana belongs to rubber-watch. */
	static final Map<String, Optional<String>> CANDIDATES = Map.of("gita", Optional.empty(), "gabriel",
			Optional.empty(), "hana", Optional.of("rubber-watch"));

	static final Map<String, String> DECLARED = Map.of("gabriel", "advised the respondent in 2025");

	@Test
	void twoUnconflictedMembersAndAnExpertFormAPanel() {
		Panel panel = Panel
			.form(" gita, hana ", " Dr Ines Moreau, land-rights lawyer ", CANDIDATES, "mekong-rubber", DECLARED, 2)
			.orElseThrow();

		assertThat(panel.members()).containsExactly("gita", "hana");
		assertThat(panel.expert()).isEqualTo("Dr Ines Moreau, land-rights lawyer");
		assertThat(panel.seats("hana")).isTrue();
		assertThat(panel.seats("gabriel")).isFalse();
	}

	@ParameterizedTest(name = "''{0}'' with expert ''{1}'' against {2}: {3} says {4}")
	@CsvSource(delimiter = '|',
			textBlock = """
					gita hana     | ''         | mekong-rubber | externalExpert | every complaints panel has an external expert
					gita          | Dr Moreau  | mekong-rubber | panelMembers   | needs at least 2 members of the grievance panel besides the external expert; 1 chosen
					gita gita     | Dr Moreau  | mekong-rubber | panelMembers   | 1 chosen
					''            | Dr Moreau  | mekong-rubber | panelMembers   | 0 chosen
					gita gabriel  | Dr Moreau  | mekong-rubber | panelMembers   | gabriel declared a conflict: advised the respondent in 2025
					gita hana     | Dr Moreau  | rubber-watch  | panelMembers   | hana belongs to the respondent organisation
					gita kofi     | Dr Moreau  | mekong-rubber | panelMembers   | kofi is not a member of the grievance panel
					""")
	void aPanelThatCannotSitIsRefusedByItsField(String chosen, String expert, String respondent, String field,
			String message) {
		Refusal refusal = Panel.form(chosen, expert, CANDIDATES, respondent, DECLARED, 2)
			.fold((panel) -> null, (refused) -> refused);

		assertThat(refusal).isNotNull();
		assertThat(refusal.fields().get(field)).contains(message);
	}

	@Test
	void everyFaultOfAChoiceIsNamedAtOnce() {
		Refusal refusal = Panel.form("kofi;gabriel,hana", "", CANDIDATES, "rubber-watch", DECLARED, 2)
			.fold((panel) -> null, (refused) -> refused);

		assertThat(refusal.fields()).containsOnlyKeys("panelMembers", "externalExpert");
		assertThat(refusal.fields().get("panelMembers")).isEqualTo(String.join("; ",
				List.of("kofi is not a member of the grievance panel",
						"gabriel declared a conflict: advised the respondent in 2025",
						"hana belongs to the respondent organisation")));
	}

	@Test
	void aSecretariatCaseConflictsNobodyByOrganisation() {
		assertThat(Panel.form("gita hana", "Dr Moreau", CANDIDATES, Complaint.SECRETARIAT, Map.of(), 2).isAccepted())
			.isTrue();
	}

	@Test
	void anAppealPanelSeatsNoneOfTheFirstPanelAndStillTheOthersChecks() {
		Map<String, Optional<String>> candidates = Map.of("gita", Optional.empty(), "hana", Optional.empty(), "imani",
				Optional.empty(), "gabriel", Optional.empty());
		Map<String, String> first = Map.of("gita", "sat on the case's first panel");

		Refusal refusal = Panel.form("gita, gabriel", "Prof. Lima", candidates, "mekong-rubber", DECLARED, 2, first)
			.fold((panel) -> null, (refused) -> refused);
		Panel appeal = Panel.form("hana, imani", "Prof. Lima", candidates, "mekong-rubber", DECLARED, 2, first)
			.orElseThrow();

		assertThat(refusal.fields().get("panelMembers")).isEqualTo(
				"gita sat on the case's first panel; gabriel declared a conflict: advised the respondent in 2025");
		assertThat(appeal.members()).containsExactly("hana", "imani");
	}

}

package org.gavel.membership;

import java.util.List;
import java.util.Map;

import org.gavel.membership.model.Electorate;
import org.gavel.membership.model.ElectorateDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The electorates of an installation as configuration defines them: a wrong definition
 * stops the start with its setting named; a request's name resolves to a built-in or a
 * configured electorate, or is refused with the choices.
 */
class ElectoratesTest {

	private static MembershipSettings.Defined panel(String... roles) {
		return new MembershipSettings.Defined("Evaluation panel", ElectorateDefinition.Per.PERSON, List.of(roles),
				List.of(), List.of());
	}

	@Test
	void aRoleThatDoesNotExistStopsTheStartNamingTheSetting() {
		assertThatThrownBy(() -> new Electorates(new MembershipSettings(Map.of("panel", panel("evaluators")))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("gavel.membership.electorates.panel: 'evaluators' is not a role (one of member,");
	}

	@Test
	void aDefinitionThatWouldBeEverybodyStopsTheStart() {
		assertThatThrownBy(() -> new Electorates(new MembershipSettings(Map.of("all", panel()))))
			.hasMessageContaining("gavel.membership.electorates.all: electorate all holds persons' places");
	}

	@Test
	void resolvesBuiltInAndConfiguredNamesAndRefusesOthersWithTheChoices() {
		Electorates electorates = new Electorates(new MembershipSettings(Map.of("panel", panel("evaluator"))));

		assertThat(electorates.resolve("GENERAL_ASSEMBLY").orElseThrow().electorate())
			.isEqualTo(Electorate.GENERAL_ASSEMBLY);
		assertThat(electorates.resolve("panel").orElseThrow().definition().title()).isEqualTo("Evaluation panel");
		assertThat(electorates.resolve("GRIEVANCE_PANEL").isAccepted()).as("taken by its process").isFalse();
		assertThat(electorates.resolve("CONFIGURED").isAccepted()).isFalse();
		assertThat(electorates.resolve("chamber").isAccepted()).isFalse();
		electorates.resolve("chamber")
			.ifRefused((refusal) -> assertThat(refusal.fields()).containsEntry("electorate",
					"'chamber' is no electorate here: GENERAL_ASSEMBLY, EXECUTIVE_COMMITTEE, or one configured: panel"));
		assertThat(electorates.title("panel")).isEqualTo("Evaluation panel");
		assertThat(electorates.title("gone-since")).as("a roll of an electorate removed since").isEqualTo("gone-since");
	}

}

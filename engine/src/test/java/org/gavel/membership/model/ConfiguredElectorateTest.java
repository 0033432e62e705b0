package org.gavel.membership.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Electorates defined in configuration, drawn from the test directory ({@link Personas}):
 * who is on each roll, who is left out and why, and which definitions are refused.
 */
class ConfiguredElectorateTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					one chamber's organisations, by their designated voters  | ORGANISATION | -                  | civil-society    | -              | rita                 | Twin Voices, Silent Partners
					every voting chamber's organisations                       | ORGANISATION | -                  | -                | -              | gina rita            | Lapsed Latex, Twin Voices, Silent Partners, Watchers, Agronomy Institute
					people holding a role                                      | PERSON       | wg-chair           | -                | -              | wes                  | -
					people holding any of two roles                            | PERSON       | evaluator scrutineer | -              | -              | eve scot             | -
					people of one chamber's organisations, disabled left out   | PERSON       | -                  | civil-society    | -              | rita stan tess tom wes | dora
					a named panel, someone unknown noted                       | PERSON       | -                  | -                | eve paul ghost | eve paul             | ghost
					a named panel within a role                                | PERSON       | member             | -                | eve rita stan  | rita stan            | -
					""")
	void drawsWhoTheDefinitionNames(String example, ElectorateDefinition.Per per, String roles, String categories,
			String usernames, String onTheRoll, String leftOut) {
		ElectorateDefinition electorate = new ElectorateDefinition("test", "Test", per, roles(roles), set(categories),
				list(usernames));

		RollDraft roll = ElectoralRollRules.configured(electorate, Personas.membership(), List.of());

		assertThat(roll.electorate()).isEqualTo(Electorate.CONFIGURED);
		assertThat(roll.entries()).extracting(RollEntry::voter).containsExactlyInAnyOrderElementsOf(list(onTheRoll));
		assertThat(roll.notes()).extracting(RollNote::subject)
			.containsExactlyInAnyOrderElementsOf((leftOut == null) ? List.of() : List.of(leftOut.split(", ")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a person of an organisation counts in its chamber   | rita | civil-society
			a person of no organisation counts in the electorate | eve  | panel-2027
			""")
	void eachEntryHasAChamber(String example, String username, String chamber) {
		ElectorateDefinition panel = new ElectorateDefinition("panel-2027", "Panel", ElectorateDefinition.Per.PERSON,
				Set.of(), Set.of(), List.of("rita", "eve"));

		RollDraft roll = ElectoralRollRules.configured(panel, Personas.membership(), List.of());

		assertThat(roll.entries()).filteredOn((entry) -> entry.voter().equals(username))
			.extracting(RollEntry::category)
			.containsExactly(chamber);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			an organisation's places under a suspension | ORGANISATION
			a person's place under their organisation's suspension | PERSON
			""")
	void aSuspendedOrganisationHasNoPlace(String example, ElectorateDefinition.Per per) {
		Instant at = Instant.parse("2027-05-03T09:00:00Z");
		MemberSanction suspended = new MemberSanction("rubber-watch", MemberSanction.Kind.SUSPENSION, "GR-2027-0007",
				at, Optional.empty());
		ElectorateDefinition chamber = new ElectorateDefinition("civil", "Civil society", per, Set.of(),
				Set.of("civil-society"), List.of());

		RollDraft roll = ElectoralRollRules.configured(chamber, Personas.membership(), List.of(suspended));

		assertThat(roll.entries()).extracting(RollEntry::organisationId).doesNotContain("rubber-watch");
		assertThat(roll.notes()).extracting(RollNote::note)
			.anySatisfy((note) -> assertThat(note).contains("membership suspended (GR-2027-0007)"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					an identifier with capitals                 | Panel            | PERSON       | -      | -            | cannot name an electorate
					a built-in electorate's name                | GENERAL_ASSEMBLY | PERSON       | member | -            | never taken for a built-in
					organisations chosen by role                | chamber          | ORGANISATION | member | -            | chosen by categories only
					organisations chosen by username            | chamber          | ORGANISATION | -      | rita         | chosen by categories only
					persons chosen by nothing: everybody        | everyone         | PERSON       | -      | -            | or it would be everybody
					""")
	void refusesADefinitionThatCannotBeMeant(String example, String id, ElectorateDefinition.Per per, String roles,
			String usernames, String why) {
		assertThatThrownBy(() -> new ElectorateDefinition(id, "Title", per, roles(roles), Set.of(), list(usernames)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(why);
	}

	private static Set<Role> roles(String names) {
		return (names == null) ? Set.of()
				: Set.of(names.split(" "))
					.stream()
					.map((name) -> Role.ofRealmName(name).orElseThrow())
					.collect(Collectors.toSet());
	}

	private static Set<String> set(String names) {
		return (names == null) ? Set.of() : Set.of(names.split(" "));
	}

	private static List<String> list(String names) {
		return (names == null) ? List.of() : List.of(names.split(" "));
	}

}

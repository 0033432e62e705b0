package org.gavel.membership.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.gavel.membership.model.Category;
import org.gavel.membership.model.ElectoralRollRules;
import org.gavel.membership.model.Electorate;
import org.gavel.membership.model.MemberType;
import org.gavel.membership.model.Membership;
import org.gavel.membership.model.Organisation;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;
import org.gavel.membership.model.RollDraft;
import org.gavel.membership.model.RollNote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RealmFileTest {

	private static final String GPSNR_CATEGORIES[] = { "producers-processors-traders",
			"vehicle-makers-downstream-financiers", "tyre-makers-rubber-buyers", "civil-society",
			"smallholder-producers" };

	@Test
	void theShippedRealmHasTheFiveGpsnrCategoriesPlusANonVotingAffiliateClass() throws IOException {
		Membership membership = shipped().membership();

		assertThat(membership.categories()).filteredOn(Category::voting)
			.extracting(Category::id)
			.containsExactly(GPSNR_CATEGORIES);
		assertThat(membership.category("affiliates")).hasValueSatisfying((c) -> assertThat(c.voting()).isFalse());
		assertThat(membership.categories()).filteredOn(Category::voting)
			.allSatisfy((c) -> assertThat(c.ecSeats()).isEqualTo(3));
	}

	@Test
	void theShippedRealmHasAtLeastThreeOrganisationsPerCategory() throws IOException {
		Membership membership = shipped().membership();

		for (String category : GPSNR_CATEGORIES) {
			assertThat(membership.organisations()).filteredOn((o) -> category.equals(o.category()))
				.as(category)
				.hasSizeGreaterThanOrEqualTo(3);
		}
		assertThat(membership.organisations()).filteredOn((o) -> !o.goodStanding())
			.extracting(Organisation::id)
			.containsExactly("lanna-crumb");
	}

	@Test
	void theShippedRealmHasADemoUserWithAPasswordForEveryRole() throws IOException {
		RealmFile.Contents contents = shipped();

		Set<Role> held = contents.membership()
			.persons()
			.stream()
			.filter((person) -> contents.passwords().containsKey(person.username()))
			.flatMap((person) -> person.roles().stream())
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		assertThat(held).containsExactlyInAnyOrder(Role.values());
		assertThat(contents.passwords().values()).containsOnly("demo");
	}

	@Test
	void theShippedRealmGivesAGeneralAssemblyRollOfFourteenAndAnExecutiveCommitteeOfTwelve() throws IOException {
		Membership membership = shipped().membership();

		RollDraft ga = ElectoralRollRules.draw(Electorate.GENERAL_ASSEMBLY, membership);
		RollDraft ec = ElectoralRollRules.draw(Electorate.EXECUTIVE_COMMITTEE, membership);

		assertThat(ga.entries()).hasSize(14);
		assertThat(ga.notes()).containsExactlyInAnyOrder(new RollNote("Lanna Crumb Rubber", "not in good standing"),
				new RollNote("Tropical Agronomy Institute", "affiliate member: no vote"));
		assertThat(ec.entries()).hasSize(12);
		assertThat(ec.notes()).extracting(RollNote::note).containsExactly("1 of 3 seats vacant", "2 of 3 seats vacant");
	}

	@Test
	void readsTheRolesAPersonHoldsThroughGroups() throws IOException {
		Person aisha = shipped().membership().person("aisha").orElseThrow();

		assertThat(aisha.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.VOTING_REPRESENTATIVE, Role.EC_MEMBER);
		assertThat(aisha.organisation()).isEqualTo("green-commons");
		assertThat(aisha.ecSeat()).isEqualTo("civil-society");
		assertThat(aisha.ecChair()).isTrue();
	}

	@Test
	void namesTheFileTheElementAndTheProblem() {
		String realm = """
				{"groups": [
				  {"name": "categories", "subGroups": [
				    {"name": "growers", "attributes": {"kind": ["category"], "voting": ["perhaps"]}}]},
				  {"name": "organisations", "subGroups": [
				    {"name": "acme", "attributes": {"kind": ["organisation"], "category": ["growers"], "memberClass": ["ordnary"]}}]}],
				 "users": [
				  {"username": "ann", "firstName": "Ann", "email": "ann@x", "groups": ["/organisations/acme", "/nowhere"]}]}
				""";

		assertThatThrownBy(() -> RealmFile.read("broken.json", stream(realm)))
			.isInstanceOf(InvalidRealmFileException.class)
			.extracting((ex) -> ((InvalidRealmFileException) ex).problems())
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly(
					"broken.json: group /categories/growers: attribute voting is 'perhaps', expected true or false",
					"broken.json: group /organisations/acme: attribute memberClass is 'ordnary', expected ordinary or affiliate",
					"broken.json: user ann: lastName is missing (Keycloak 26's user profile requires it)",
					"broken.json: user ann: group /nowhere does not exist");
	}

	@Test
	void readsSubChambersAndMemberTypesForBodiesThatHaveThem() {
		String realm = """
				{"groups": [
				  {"name": "categories", "subGroups": [
				    {"name": "social", "attributes": {"kind": ["category"], "ecSeats": ["4"]}, "subGroups": [
				      {"name": "north", "attributes": {"kind": ["sub-chamber"]}},
				      {"name": "south", "attributes": {"kind": ["sub-chamber"]}}]}]},
				  {"name": "organisations", "subGroups": [
				    {"name": "jane-doe", "attributes": {"kind": ["organisation"], "category": ["social"],
				      "subChamber": ["south"], "memberType": ["individual"], "goodStanding": ["true"]}}]}],
				 "users": []}
				""";

		Membership membership = RealmFile.read("fsc.json", stream(realm)).membership();

		assertThat(membership.category("social")).hasValueSatisfying((social) -> {
			assertThat(social.subChambers()).containsExactly("north", "south");
			assertThat(social.ecSeats()).isEqualTo(4);
		});
		assertThat(membership.organisation("jane-doe")).hasValueSatisfying((jane) -> {
			assertThat(jane.subChamber()).isEqualTo("south");
			assertThat(jane.memberType()).isEqualTo(MemberType.INDIVIDUAL);
			assertThat(jane.goodStanding()).isTrue();
		});
	}

	@Test
	void refusesAFileThatIsNotJson() {
		assertThatThrownBy(() -> RealmFile.read("junk.json", stream("{ not json")))
			.isInstanceOf(InvalidRealmFileException.class)
			.hasMessageContaining("junk.json: not valid JSON");
	}

	@Test
	void refusesAnOrganisationInAnUnknownCategory() {
		String realm = """
				{"groups": [{"name": "acme", "attributes": {"kind": ["organisation"], "category": ["pirates"]}}], "users": []}
				""";

		assertThatThrownBy(() -> RealmFile.read("r.json", stream(realm))).isInstanceOf(InvalidRealmFileException.class)
			.hasMessageContaining("r.json: organisation acme: unknown category 'pirates'");
	}

	static RealmFile.Contents shipped() throws IOException {
		try (InputStream in = RealmFileTest.class.getResourceAsStream("/keycloak-realm/gavel-realm.json")) {
			return RealmFile.read("gavel-realm.json", in);
		}
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}

package org.gavel.membership.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElectoralRollRulesTest {

	@Test
	void theGeneralAssemblyRollHasOneDesignatedVoterPerOrdinaryMemberInGoodStanding() {
		RollDraft roll = ElectoralRollRules.draw(Electorate.GENERAL_ASSEMBLY, Personas.membership());

		assertThat(roll.entries()).extracting(RollEntry::voter, RollEntry::organisationId, RollEntry::category)
			.containsExactly(Tuple.tuple("rita", "rubber-watch", "civil-society"),
					Tuple.tuple("gina", "green-estates", "growers"));
	}

	@Test
	void theGeneralAssemblyRollSaysWhoIsLeftOutAndWhy() {
		RollDraft roll = ElectoralRollRules.draw(Electorate.GENERAL_ASSEMBLY, Personas.membership());

		assertThat(roll.notes()).containsExactlyInAnyOrder(new RollNote("Lapsed Latex", "not in good standing"),
				new RollNote("Twin Voices", "several designated voting representatives (tess, tom); designate one"),
				new RollNote("Silent Partners", "no designated voting representative"),
				new RollNote("Watchers", "in no voting category"),
				new RollNote("Agronomy Institute", "affiliate member: no vote"));
	}

	@Test
	void anOrganisationWhoseMembershipIsSuspendedOrTerminatedHasNoVoteUntilTheSuspensionIsLifted() {
		Instant at = Instant.parse("2027-05-03T09:00:00Z");
		MemberSanction suspended = new MemberSanction("rubber-watch", MemberSanction.Kind.SUSPENSION, "GR-2027-0007",
				at, Optional.empty());
		MemberSanction terminated = new MemberSanction("green-estates", MemberSanction.Kind.TERMINATION, "GR-2027-0009",
				at, Optional.empty());
		MemberSanction lifted = new MemberSanction("rubber-watch", MemberSanction.Kind.SUSPENSION, "GR-2027-0007", at,
				Optional.of(new MemberSanction.Lifting(at.plusSeconds(86400), "sara", "Remedy plan completed.")));

		RollDraft roll = ElectoralRollRules.draw(Electorate.GENERAL_ASSEMBLY, Personas.membership(),
				List.of(suspended, terminated));
		RollDraft after = ElectoralRollRules.draw(Electorate.GENERAL_ASSEMBLY, Personas.membership(), List.of(lifted));

		assertThat(roll.entries()).isEmpty();
		assertThat(roll.notes()).contains(new RollNote("Rubber Watch", "membership suspended (GR-2027-0007)"),
				new RollNote("Green Estates", "membership terminated (GR-2027-0009)"));
		assertThat(after.entries()).extracting(RollEntry::voter).containsExactly("rita", "gina");
		assertThat(ElectoralRollRules.draw(Electorate.EXECUTIVE_COMMITTEE, Personas.membership(), List.of(suspended))
			.entries()).as("the EC's seats are not the sanction's").isNotEmpty();
	}

	@Test
	void theExecutiveCommitteeRollHasTheFilledSeatsAndReportsVacancies() {
		RollDraft roll = ElectoralRollRules.draw(Electorate.EXECUTIVE_COMMITTEE, Personas.membership());

		assertThat(roll.entries()).extracting(RollEntry::voter, RollEntry::category)
			.containsExactly(Tuple.tuple("rita", "civil-society"), Tuple.tuple("gina", "growers"));
		assertThat(roll.notes()).containsExactly(new RollNote("Growers", "2 of 3 seats vacant"),
				new RollNote("Civil society", "1 of 2 seats vacant"));
	}

	@Test
	void leavesOutEverySeatHolderOfAnOverfilledCategory() {
		List<Person> persons = new ArrayList<>(Personas.persons());
		persons.add(new Person("extra1", "Extra", "One", "e1@x", true, Set.of(Role.EC_MEMBER), null, "civil-society",
				false));
		persons.add(new Person("extra2", "Extra", "Two", "e2@x", true, Set.of(Role.EC_MEMBER), null, "civil-society",
				false));
		Membership membership = new Membership(Personas.categories(), Personas.organisations(), persons);

		RollDraft roll = ElectoralRollRules.draw(Electorate.EXECUTIVE_COMMITTEE, membership);

		assertThat(roll.entries()).extracting(RollEntry::category).containsOnly("growers");
		assertThat(roll.notes()).contains(new RollNote("Civil society",
				"3 seat holders for 2 seats; none is on the roll until the directory is corrected"));
	}

	@Test
	void refusesADirectoryThatRefersToUnknownOrganisationsOrCategories() {
		List<Person> persons = List
			.of(new Person("ghost", "G", "H", "g@x", true, Set.of(Role.MEMBER), "nowhere", "no-such-category", false));

		assertThatThrownBy(() -> new Membership(Personas.categories(), Personas.organisations(), persons))
			.isInstanceOf(InvalidMembershipException.class)
			.extracting((ex) -> ((InvalidMembershipException) ex).problems())
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly("user ghost: unknown organisation 'nowhere'",
					"user ghost: EC seat in unknown category 'no-such-category'");
	}

}

package org.gavel.membership.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small body to test against: two voting categories and an affiliate, one person per
 * interesting situation.
 */
final class Personas {

	private Personas() {
	}

	static Membership membership() {
		return new Membership(categories(), organisations(), persons());
	}

	static List<Category> categories() {
		return List.of(new Category("growers", "Growers", true, 3, List.of()),
				new Category("civil-society", "Civil society", true, 2, List.of()),
				new Category("observers", "Observers", false, 0, List.of()));
	}

	static List<Organisation> organisations() {
		return List.of(ordinary("green-estates", "Green Estates", "growers", true),
				ordinary("lapsed-latex", "Lapsed Latex", "growers", false),
				ordinary("rubber-watch", "Rubber Watch", "civil-society", true),
				ordinary("twin-voices", "Twin Voices", "civil-society", true),
				ordinary("silent-partners", "Silent Partners", "civil-society", true),
				ordinary("watchers", "Watchers", "observers", true), new Organisation("agronomy-institute",
						"Agronomy Institute", null, null, MemberType.ORGANISATION, MemberClass.AFFILIATE, true));
	}

	static List<Person> persons() {
		List<Person> persons = new ArrayList<>();
		add(persons, person("gina", "green-estates", Role.MEMBER, Role.VOTING_REPRESENTATIVE, Role.EC_MEMBER)
			.withSeat("growers"));
		add(persons, person("lena", "lapsed-latex", Role.MEMBER, Role.VOTING_REPRESENTATIVE));
		add(persons,
				person("rita", "rubber-watch", Role.MEMBER, Role.VOTING_REPRESENTATIVE, Role.EC_MEMBER)
					.withSeat("civil-society")
					.asChair());
		add(persons, person("tom", "twin-voices", Role.MEMBER, Role.VOTING_REPRESENTATIVE));
		add(persons, person("tess", "twin-voices", Role.MEMBER, Role.VOTING_REPRESENTATIVE));
		add(persons, person("wally", "watchers", Role.MEMBER, Role.VOTING_REPRESENTATIVE));
		add(persons, person("stan", "rubber-watch", Role.MEMBER));
		add(persons, person("andy", "agronomy-institute", Role.MEMBER, Role.VOTING_REPRESENTATIVE));
		add(persons, person("nina", null, Role.MEMBER, Role.VOTING_REPRESENTATIVE));
		add(persons, person("sue", null, Role.SECRETARIAT));
		add(persons, person("scot", null, Role.SCRUTINEER));
		add(persons, person("wes", "rubber-watch", Role.MEMBER, Role.WG_CHAIR));
		add(persons, person("eve", null, Role.EVALUATOR));
		add(persons, person("paul", null, Role.GRIEVANCE_PANEL));
		add(persons, person("amy", null, Role.APPLICANT));
		persons.add(new Person("dora", "Dora", "Gone", "dora@x", false, Set.of(Role.MEMBER, Role.VOTING_REPRESENTATIVE),
				"silent-partners", null, false));
		return persons;
	}

	private static Organisation ordinary(String id, String name, String category, boolean goodStanding) {
		return new Organisation(id, name, category, null, MemberType.ORGANISATION, MemberClass.ORDINARY, goodStanding);
	}

	private static PersonBuilder person(String username, String organisation, Role... roles) {
		return new PersonBuilder(username, organisation, Set.of(roles));
	}

	private static final class PersonBuilder {

		private final String username;

		private final String organisation;

		private final Set<Role> roles;

		private String seat;

		private boolean chair;

		PersonBuilder(String username, String organisation, Set<Role> roles) {
			this.username = username;
			this.organisation = organisation;
			this.roles = roles;
		}

		PersonBuilder withSeat(String category) {
			this.seat = category;
			return this;
		}

		PersonBuilder asChair() {
			this.chair = true;
			return this;
		}

		Person build() {
			String name = Character.toUpperCase(this.username.charAt(0)) + this.username.substring(1);
			return new Person(this.username, name, "Tester", this.username + "@example.org", true, this.roles,
					this.organisation, this.seat, this.chair);
		}

	}

	private static void add(List<Person> persons, PersonBuilder builder) {
		persons.add(builder.build());
	}

}

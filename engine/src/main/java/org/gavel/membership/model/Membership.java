package org.gavel.membership.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the directory says about the body's members at one moment: categories,
 * organisations and people, checked to refer to each other correctly.
 */
public final class Membership {

	private final Map<String, Category> categories;

	private final Map<String, Organisation> organisations;

	private final Map<String, Person> persons;

	public Membership(Collection<Category> categories, Collection<Organisation> organisations,
			Collection<Person> persons) {
		this.categories = index(categories, Category::id);
		this.organisations = index(organisations, Organisation::id);
		this.persons = index(persons, Person::username);
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new InvalidMembershipException(problems);
		}
	}

	public Collection<Category> categories() {
		return this.categories.values();
	}

	public Collection<Organisation> organisations() {
		return this.organisations.values();
	}

	public Collection<Person> persons() {
		return this.persons.values();
	}

	public Optional<Category> category(String id) {
		return Optional.ofNullable(id).map(this.categories::get);
	}

	public Optional<Organisation> organisation(String id) {
		return Optional.ofNullable(id).map(this.organisations::get);
	}

	public Optional<Person> person(String username) {
		return Optional.ofNullable(username).map(this.persons::get);
	}

	/**
	 * Who holds a role, e.g. the secretariat to mail.
	 * @param role the role
	 * @return their usernames
	 */
	public List<String> holding(Role role) {
		return this.persons.values().stream().filter((person) -> person.holds(role)).map(Person::username).toList();
	}

	/**
	 * The enabled voting representatives of an organisation.
	 * @param organisationId the organisation
	 * @return its designated voters, in username order
	 */
	public List<Person> designatedVotersOf(String organisationId) {
		return this.persons.values()
			.stream()
			.filter((person) -> person.enabled() && person.holds(Role.VOTING_REPRESENTATIVE)
					&& organisationId.equals(person.organisation()))
			.sorted(Comparator.comparing(Person::username))
			.toList();
	}

	/**
	 * Builds the member context of a person.
	 * @param username the person's username
	 * @return the context, or empty when nobody has that username
	 */
	public Optional<MemberContext> contextOf(String username) {
		return person(username).map((person) -> {
			Organisation organisation = organisation(person.organisation()).orElse(null);
			Category category = (organisation != null) ? category(organisation.category()).orElse(null) : null;
			List<Person> voters = (organisation != null) ? designatedVotersOf(organisation.id()) : List.of();
			return new MemberContext(person, organisation, category, voters);
		});
	}

	private List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (Organisation organisation : this.organisations.values()) {
			if (organisation.category() != null && !this.categories.containsKey(organisation.category())) {
				problems
					.add("organisation " + organisation.id() + ": unknown category '" + organisation.category() + "'");
			}
		}
		for (Person person : this.persons.values()) {
			if (person.organisation() != null && !this.organisations.containsKey(person.organisation())) {
				problems.add("user " + person.username() + ": unknown organisation '" + person.organisation() + "'");
			}
			if (person.ecSeat() != null && !this.categories.containsKey(person.ecSeat())) {
				problems.add("user " + person.username() + ": EC seat in unknown category '" + person.ecSeat() + "'");
			}
		}
		return problems;
	}

	private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key) {
		Map<String, T> index = new LinkedHashMap<>();
		for (T item : items) {
			if (index.put(key.apply(item), item) != null) {
				throw new InvalidMembershipException(List.of("'" + key.apply(item) + "' appears twice"));
			}
		}
		return index;
	}

}

package org.gavel.membership.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Draws an electoral roll from the membership directory.
 */
public final class ElectoralRollRules {

	private static final Comparator<RollEntry> ORDER = Comparator.comparing(RollEntry::category)
		.thenComparing(RollEntry::organisationName)
		.thenComparing(RollEntry::voter);

	private ElectoralRollRules() {
	}

	/**
	 * Draws a roll from the directory, with no sanction in force.
	 * @param electorate whose roll
	 * @param membership the directory as it is now
	 * @return the roll's entries and notes
	 */
	public static RollDraft draw(Electorate electorate, Membership membership) {
		return draw(electorate, membership, List.of());
	}

	/**
	 * Draws a roll from the directory. An organisation under a suspension or termination
	 * of its membership has no vote in the General Assembly; the roll's note says why.
	 * @param electorate whose roll
	 * @param membership the directory as it is now
	 * @param sanctions the sanctions in force
	 * @return the roll's entries and notes
	 */
	public static RollDraft draw(Electorate electorate, Membership membership, List<MemberSanction> sanctions) {
		return switch (electorate) {
			case GENERAL_ASSEMBLY -> generalAssembly(membership, sanctions);
			case EXECUTIVE_COMMITTEE -> executiveCommittee(membership);
			case GRIEVANCE_PANEL -> throw new IllegalArgumentException(
					"a complaints panel's roll is taken from its members, not drawn from the directory");
			case CONFIGURED -> throw new IllegalArgumentException(
					"a configured electorate's roll is drawn from its definition (ElectoralRollRules.configured)");
		};
	}

	/**
	 * The roll of a complaints panel: each of its members enabled in the directory, one
	 * vote each; a member no longer enabled is left out with a note.
	 * @param members the panel members' usernames
	 * @param membership the directory as it is now
	 * @return the roll's entries and notes
	 */
	public static RollDraft panel(List<String> members, Membership membership) {
		List<RollEntry> entries = new ArrayList<>();
		List<RollNote> notes = new ArrayList<>();
		for (String member : members) {
			Person person = membership.persons()
				.stream()
				.filter((candidate) -> candidate.username().equals(member))
				.findFirst()
				.orElse(null);
			if (person == null || !person.enabled()) {
				notes.add(new RollNote(member, "not an enabled person of the directory"));
				continue;
			}
			Organisation organisation = membership.organisation(person.organisation()).orElse(null);
			entries.add(new RollEntry(person.username(), person.displayName(),
					(organisation != null) ? organisation.id() : null,
					(organisation != null) ? organisation.name() : "", "panel", null, MemberType.INDIVIDUAL));
		}
		entries.sort(ORDER);
		return new RollDraft(Electorate.GRIEVANCE_PANEL, entries, notes);
	}

	/**
	 * Draws the roll of an electorate defined in configuration: one designated voter per
	 * ordinary member organisation in good standing of its categories, as in the General
	 * Assembly; or each enabled person matching all of its roles (any one of them),
	 * categories (their organisation's) and usernames, an organisation's people left out
	 * while its membership is suspended or terminated. Each entry's chamber is its
	 * organisation's category, or the electorate's identifier for a person of no
	 * organisation.
	 * @param electorate the definition
	 * @param membership the directory as it is now
	 * @param sanctions the sanctions in force
	 * @return the roll's entries and notes
	 */
	public static RollDraft configured(ElectorateDefinition electorate, Membership membership,
			List<MemberSanction> sanctions) {
		if (electorate.per() == ElectorateDefinition.Per.ORGANISATION) {
			Collection<Organisation> chosen = membership.organisations()
				.stream()
				.filter((organisation) -> electorate.categories().isEmpty() || (organisation.category() != null
						&& electorate.categories().contains(organisation.category())))
				.toList();
			RollDraft drawn = organisations(chosen, membership, sanctions);
			return new RollDraft(Electorate.CONFIGURED, drawn.entries(), drawn.notes());
		}
		List<RollEntry> entries = new ArrayList<>();
		List<RollNote> notes = new ArrayList<>();
		for (Person person : membership.persons()) {
			Organisation organisation = membership.organisation(person.organisation()).orElse(null);
			boolean chosen = (electorate.roles().isEmpty() || electorate.roles().stream().anyMatch(person::holds))
					&& (electorate.categories().isEmpty() || (organisation != null && organisation.category() != null
							&& electorate.categories().contains(organisation.category())))
					&& (electorate.usernames().isEmpty() || electorate.usernames().contains(person.username()));
			if (!chosen) {
				continue;
			}
			Optional<MemberSanction> sanction = (organisation == null) ? Optional.empty() : sanctions.stream()
				.filter((candidate) -> candidate.inForce() && candidate.organisationId().equals(organisation.id()))
				.findFirst();
			if (!person.enabled()) {
				notes.add(new RollNote(person.username(), "account disabled"));
			}
			else if (sanction.isPresent()) {
				notes.add(new RollNote(person.username(), organisation.name() + ": " + sanction.get().note()));
			}
			else {
				entries.add(new RollEntry(person.username(), person.displayName(),
						(organisation != null) ? organisation.id() : null,
						(organisation != null) ? organisation.name() : "",
						(organisation != null) ? organisation.category() : electorate.id(), null,
						(organisation != null) ? organisation.memberType() : MemberType.INDIVIDUAL));
			}
		}
		for (String username : electorate.usernames()) {
			if (membership.person(username).isEmpty()) {
				notes.add(new RollNote(username, "not a person of the directory"));
			}
		}
		entries.sort(ORDER);
		return new RollDraft(Electorate.CONFIGURED, entries, notes);
	}

	private static RollDraft generalAssembly(Membership membership, List<MemberSanction> sanctions) {
		RollDraft drawn = organisations(membership.organisations(), membership, sanctions);
		return new RollDraft(Electorate.GENERAL_ASSEMBLY, drawn.entries(), drawn.notes());
	}

	private static RollDraft organisations(Collection<Organisation> organisations, Membership membership,
			List<MemberSanction> sanctions) {
		List<RollEntry> entries = new ArrayList<>();
		List<RollNote> notes = new ArrayList<>();
		for (Organisation organisation : organisations) {
			List<Person> voters = membership.designatedVotersOf(organisation.id());
			Optional<RollNote> left = sanctions.stream()
				.filter((sanction) -> sanction.inForce() && sanction.organisationId().equals(organisation.id()))
				.findFirst()
				.map((sanction) -> new RollNote(organisation.name(), sanction.note()))
				.or(() -> leftOut(organisation, membership, voters));
			if (left.isPresent()) {
				notes.add(left.get());
				continue;
			}
			Person voter = voters.get(0);
			entries.add(new RollEntry(voter.username(), voter.displayName(), organisation.id(), organisation.name(),
					organisation.category(), organisation.subChamber(), organisation.memberType()));
		}
		entries.sort(ORDER);
		return new RollDraft(Electorate.GENERAL_ASSEMBLY, entries, notes);
	}

	/** The note saying why an organisation has no vote, if it has none. */
	private static Optional<RollNote> leftOut(Organisation organisation, Membership membership, List<Person> voters) {
		String why;
		if (organisation.memberClass() != MemberClass.ORDINARY) {
			why = "affiliate member: no vote";
		}
		else if (!membership.category(organisation.category()).map(Category::voting).orElse(false)) {
			why = "in no voting category";
		}
		else if (!organisation.goodStanding()) {
			why = "not in good standing";
		}
		else if (voters.isEmpty()) {
			why = "no designated voting representative";
		}
		else if (voters.size() > 1) {
			why = "several designated voting representatives ("
					+ String.join(", ", voters.stream().map(Person::username).toList()) + "); designate one";
		}
		else {
			return Optional.empty();
		}
		return Optional.of(new RollNote(organisation.name(), why));
	}

	private static RollDraft executiveCommittee(Membership membership) {
		List<RollEntry> entries = new ArrayList<>();
		List<RollNote> notes = new ArrayList<>();
		for (Category category : membership.categories()) {
			List<Person> holders = membership.persons()
				.stream()
				.filter((person) -> person.enabled() && person.holds(Role.EC_MEMBER)
						&& category.id().equals(person.ecSeat()))
				.toList();
			if (holders.size() > category.ecSeats()) {
				notes.add(new RollNote(category.label(), holders.size() + " seat holders for " + category.ecSeats()
						+ " seats; none is on the roll until the directory is corrected"));
				continue;
			}
			if (holders.size() < category.ecSeats()) {
				notes.add(new RollNote(category.label(),
						(category.ecSeats() - holders.size()) + " of " + category.ecSeats() + " seats vacant"));
			}
			for (Person holder : holders) {
				Organisation organisation = membership.organisation(holder.organisation()).orElse(null);
				entries.add(new RollEntry(holder.username(), holder.displayName(),
						(organisation != null) ? organisation.id() : null,
						(organisation != null) ? organisation.name() : "", category.id(), null,
						(organisation != null) ? organisation.memberType() : MemberType.INDIVIDUAL));
			}
		}
		entries.sort(ORDER);
		return new RollDraft(Electorate.EXECUTIVE_COMMITTEE, entries, notes);
	}

}

package org.gavel.membership.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An electorate defined in configuration ({@code gavel.membership.electorates}), beside
 * the built-in General Assembly and Executive Committee: a working group, an evaluation
 * panel, the members of one chamber for an election within it. Its roll is drawn from the
 * directory like the built-in ones and frozen with a ballot.
 *
 * @param id how it is named in configuration, the API and stored rolls, e.g.
 * {@code smallholder-chamber}
 * @param title how people read it, e.g. "Smallholder producers' chamber"
 * @param per whose places the roll holds: organisations' (one designated voter each) or
 * persons'
 * @param roles with {@link Per#PERSON}: only people holding one of these roles; none for
 * any
 * @param categories only organisations (or people of organisations) in these membership
 * categories; none for any
 * @param usernames with {@link Per#PERSON}: only these people; none for any
 */
public record ElectorateDefinition(String id, String title, Per per, Set<Role> roles, Set<String> categories,
		List<String> usernames) {

	public ElectorateDefinition {
		Objects.requireNonNull(per, "per");
		if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,59}")) {
			throw new IllegalArgumentException("'" + id + "' cannot name an electorate: use lower-case letters, digits "
					+ "and dashes, at most 60, e.g. smallholder-chamber (so that it is never taken for a built-in "
					+ "electorate such as GENERAL_ASSEMBLY)");
		}
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("electorate " + id + " needs a title");
		}
		roles = Set.copyOf(roles);
		categories = Set.copyOf(categories);
		usernames = List.copyOf(usernames);
		if (per == Per.ORGANISATION && (!roles.isEmpty() || !usernames.isEmpty())) {
			throw new IllegalArgumentException("electorate " + id + " holds organisations' places: it is chosen by "
					+ "categories only (their designated voters vote), not by roles or usernames");
		}
		if (per == Per.PERSON && roles.isEmpty() && categories.isEmpty() && usernames.isEmpty()) {
			throw new IllegalArgumentException("electorate " + id + " holds persons' places: name its roles, "
					+ "categories or usernames, or it would be everybody in the directory");
		}
	}

	/** Whose places a roll holds. */
	public enum Per {

		/**
		 * One place per ordinary member organisation in good standing, cast by its
		 * designated voter.
		 */
		ORGANISATION,
		/** One place per person, enabled in the directory. */
		PERSON

	}

}

package org.gavel.system.templates;

/**
 * People and chambers by their names: templates write {@code $names.person($username)}
 * and {@code $names.chamber($id)}, so that pages, documents and mails say "Ana Siregar"
 * and "Civil society", not "ana" and "civil-society".
 */
public interface Names {

	/** Names nothing: each person and chamber by the identifier given. */
	Names IDENTIFIERS = new Names() {
	};

	/**
	 * The name people read for a person.
	 * @param username their username
	 * @return their name, or the username itself for someone the directory does not know
	 * (a former member, a system actor)
	 */
	default String person(String username) {
		return username;
	}

	/**
	 * The label of a chamber (a membership category).
	 * @param id its identifier, e.g. {@code civil-society}
	 * @return its label, or the identifier for a chamber the directory does not know (a
	 * sub-chamber)
	 */
	default String chamber(String id) {
		return id;
	}

	/**
	 * The name of a working group.
	 * @param id its identifier, as the directory's {@code workingGroup} attribute gives
	 * it, e.g. {@code capacity-building}
	 * @return its name, e.g. "Capacity building"
	 */
	default String workingGroup(String id) {
		return id;
	}

}

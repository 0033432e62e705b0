package org.gavel.membership.web;

import org.gavel.membership.Directory;
import org.gavel.membership.model.Category;
import org.gavel.membership.model.Person;
import org.gavel.system.templates.Names;

import org.springframework.stereotype.Component;

/** Names people and chambers as the membership directory knows them. */
@Component
class DirectoryNames implements Names {

	private final Directory directory;

	DirectoryNames(Directory directory) {
		this.directory = directory;
	}

	@Override
	public String person(String username) {
		if (username == null) {
			return null;
		}
		return this.directory.membership().person(username).map(Person::displayName).orElse(username);
	}

	@Override
	public String chamber(String id) {
		if (id == null) {
			return null;
		}
		return this.directory.membership().category(id).map(Category::label).orElse(id);
	}

	/**
	 * A working group is known by its identifier alone (a directory attribute); its name
	 * is that identifier written out: "capacity-building" reads "Capacity building".
	 */
	@Override
	public String workingGroup(String id) {
		if (id == null || id.isBlank()) {
			return id;
		}
		String words = id.strip().replace('-', ' ').replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}

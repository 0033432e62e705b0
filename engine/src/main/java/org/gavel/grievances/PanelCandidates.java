package org.gavel.grievances;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.gavel.membership.Directory;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;

import org.springframework.stereotype.Component;

/**
 * Who may sit on a complaints panel: the enabled members of the {@code grievance-panel}
 * role, with their organisation, which the panel's formation checks for conflicts.
 */
@Component
public class PanelCandidates {

	private final Directory directory;

	PanelCandidates(Directory directory) {
		this.directory = directory;
	}

	/**
	 * The candidates now.
	 * @return each {@code grievance-panel} member's username and organisation, by
	 * username
	 */
	public Map<String, Optional<String>> all() {
		Map<String, Optional<String>> candidates = new LinkedHashMap<>();
		this.directory.membership()
			.persons()
			.stream()
			.filter((person) -> person.enabled() && person.holds(Role.GRIEVANCE_PANEL))
			.sorted(Comparator.comparing(Person::username))
			.forEach((person) -> candidates.put(person.username(), person.organisationId()));
		return candidates;
	}

}

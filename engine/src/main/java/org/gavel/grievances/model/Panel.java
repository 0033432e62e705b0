package org.gavel.grievances.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * A case's complaints panel: members of the {@code grievance-panel} role, none of them
 * conflicted, and an external expert.
 *
 * @param members the panel members' usernames, in the order chosen
 * @param expert the external expert's name and affiliation
 */
public record Panel(List<String> members, String expert) {

	public Panel {
		members = List.copyOf(members);
	}

	/**
	 * Forms a panel as the secretariat chose it, or refuses by field.
	 * @param chosen the usernames chosen, as typed (commas or spaces between)
	 * @param expert the external expert, as typed
	 * @param candidates who may sit: each {@code grievance-panel} member's username and
	 * organisation (empty when they have none)
	 * @param respondent the respondent organisation's id, or
	 * {@link Complaint#SECRETARIAT}
	 * @param declared the conflicts declared on this case: username and reason
	 * @param minimum how many members the panel needs besides the expert
	 * @return the panel, or the refusal by its field
	 */
	public static Outcome<Panel> form(String chosen, String expert, Map<String, Optional<String>> candidates,
			String respondent, Map<String, String> declared, int minimum) {
		return form(chosen, expert, candidates, respondent, declared, minimum, Map.of());
	}

	/**
	 * Forms an appeal panel, or any panel some members may not sit on, or refuses by
	 * field.
	 * @param chosen the usernames chosen, as typed (commas or spaces between)
	 * @param expert the external expert, as typed
	 * @param candidates who may sit: each {@code grievance-panel} member's username and
	 * organisation (empty when they have none)
	 * @param respondent the respondent organisation's id, or
	 * {@link Complaint#SECRETARIAT}
	 * @param declared the conflicts declared on this case: username and reason
	 * @param minimum how many members the panel needs besides the expert
	 * @param excluded who may not sit on it, and why (e.g. the first panel's members)
	 * @return the panel, or the refusal by its field
	 */
	public static Outcome<Panel> form(String chosen, String expert, Map<String, Optional<String>> candidates,
			String respondent, Map<String, String> declared, int minimum, Map<String, String> excluded) {
		Set<String> members = new LinkedHashSet<>();
		for (String name : ((chosen == null) ? "" : chosen).split("[,;\\s]+")) {
			if (!name.isBlank()) {
				members.add(name.strip());
			}
		}
		Map<String, String> problems = new LinkedHashMap<>();
		List<String> faults = new ArrayList<>();
		for (String member : members) {
			if (!candidates.containsKey(member)) {
				faults.add(member + " is not a member of the grievance panel");
			}
			else if (excluded.containsKey(member)) {
				faults.add(member + " " + excluded.get(member));
			}
			else if (declared.containsKey(member)) {
				faults.add(member + " declared a conflict: " + declared.get(member));
			}
			else if (candidates.get(member).filter(respondent::equals).isPresent()) {
				faults.add(member + " belongs to the respondent organisation");
			}
		}
		if (!faults.isEmpty()) {
			problems.put("panelMembers", String.join("; ", faults));
		}
		else if (members.size() < minimum) {
			problems.put("panelMembers", "needs at least " + minimum + " members of the grievance panel besides the"
					+ " external expert; " + members.size() + " chosen");
		}
		String named = (expert == null) ? "" : expert.strip();
		if (named.isEmpty()) {
			problems.put("externalExpert", "is required: every complaints panel has an external expert");
		}
		if (!problems.isEmpty()) {
			return Outcome.refused(Refusal.ofFields(problems));
		}
		return Outcome.accepted(new Panel(List.copyOf(members), named));
	}

	/**
	 * Whether someone sits on this panel.
	 * @param username who
	 * @return whether they are one of its members
	 */
	public boolean seats(String username) {
		return this.members.contains(username);
	}

}

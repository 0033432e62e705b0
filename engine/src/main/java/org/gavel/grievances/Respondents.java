package org.gavel.grievances;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gavel.forms.FormField;
import org.gavel.grievances.model.Complaint;
import org.gavel.membership.Directory;
import org.gavel.membership.model.Membership;
import org.gavel.membership.model.Organisation;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;

import org.springframework.stereotype.Component;

/**
 * Whom a grievance can be about: the member organisations of the directory, by name, and
 * the platform's secretariat.
 */
@Component
public class Respondents {

	private final Directory directory;

	Respondents(Directory directory) {
		this.directory = directory;
	}

	/**
	 * Who answers for a grievance's respondent: the organisation's designated voters, or
	 * the secretariat when the grievance is about it.
	 * @param complaint the grievance's complaint
	 * @return their usernames
	 */
	public List<String> representativesOf(Complaint complaint) {
		Membership membership = this.directory.membership();
		return complaint.againstSecretariat() ? membership.holding(Role.SECRETARIAT)
				: membership.designatedVotersOf(complaint.respondent()).stream().map(Person::username).toList();
	}

	/**
	 * The respondents as choices of a form.
	 * @return each organisation's id and name, then the secretariat
	 */
	public List<FormField.Option> choices() {
		List<FormField.Option> respondents = new ArrayList<>();
		this.directory.membership()
			.organisations()
			.stream()
			.sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
			.forEach((organisation) -> respondents.add(new FormField.Option(organisation.id(), organisation.name())));
		respondents.add(new FormField.Option(Complaint.SECRETARIAT, "The platform's secretariat"));
		return respondents;
	}

}

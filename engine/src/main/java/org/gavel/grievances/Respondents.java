package org.gavel.grievances;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gavel.forms.FormField;
import org.gavel.grievances.model.Complaint;
import org.gavel.membership.Directory;
import org.gavel.membership.model.Organisation;

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

package org.gavel.grievances.web;

import java.util.Optional;

import org.gavel.approvals.ItemSubjects;
import org.gavel.grievances.RecordingSanction;

import org.springframework.stereotype.Component;

/**
 * A sanction before the EC ({@code grievance:<number>}) is read on the public register:
 * its decision, corrective actions and sanction, never the complainant.
 */
@Component
class SanctionSubjects implements ItemSubjects {

	@Override
	public Optional<Link> link(String subject) {
		return subject.startsWith(RecordingSanction.SUBJECT)
				? Optional.of(new Link("Grounds",
						"/grievances/register#" + subject.substring(RecordingSanction.SUBJECT.length()),
						"The decision, its corrective actions and its sanction on the register of grievances"))
				: Optional.empty();
	}

}

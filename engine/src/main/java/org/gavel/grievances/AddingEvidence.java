package org.gavel.grievances;

import java.time.Clock;
import java.util.List;

import org.gavel.attachments.model.Attachment;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.RefusalsRollBack;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complainant adds evidence to an open case: every file stored, or none.
 */
@Service
public class AddingEvidence {

	private final Grievances grievances;

	private final FilingGrievance filing;

	private final GrievanceSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AddingEvidence(Grievances grievances, FilingGrievance filing, GrievanceSettings settings, Clock clock,
			TransactionTemplate transactions) {
		this.grievances = grievances;
		this.filing = filing;
		this.settings = settings;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Adds evidence.
	 * @param addition the case its complainant opened, and the files
	 * @return what was stored, or the refusal by the field {@code evidence}
	 */
	public Outcome<List<Attachment>> add(Addition addition) {
		CaseNumber number = addition.number();
		List<FilingGrievance.Evidence> files = addition.files();
		if (files.isEmpty()) {
			return Outcome.refused("evidence", "choose at least one file");
		}
		if (files.size() > this.settings.evidenceFiles()) {
			return Outcome.refused("evidence", "at most " + this.settings.evidenceFiles() + " files at a time");
		}
		return RefusalsRollBack.in(this.transactions,
				() -> this.grievances.found(number)
					.then((grievance) -> grievance.open())
					.then((grievance) -> this.filing.storeEvidence(grievance, files).ifAccepted((stored) -> {
						this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.EVIDENCE_ADDED,
								FilingGrievance.COMPLAINANT,
								String.join(", ", stored.stream().map(Attachment::fileName).toList()));
						GrievanceLog.EVIDENCE_ADDED.log(number, stored.size());
					})));
	}

	/**
	 * Evidence to add.
	 *
	 * @param number the case its complainant opened
	 * @param files the files
	 */
	public record Addition(CaseNumber number, List<FilingGrievance.Evidence> files) {

	}

}

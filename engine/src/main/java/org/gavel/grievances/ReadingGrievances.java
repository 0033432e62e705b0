package org.gavel.grievances;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gavel.attachments.ReadingAttachments;
import org.gavel.attachments.model.Attachment;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.Grievances;

import org.springframework.stereotype.Service;

/**
 * Reads case files: for the complainant who opened their case with its token, and for the
 * secretariat's case desk.
 */
@Service
public class ReadingGrievances {

	/** What of its history the complainant sees (never an internal step). */
	private static final Set<GrievanceEvent> FOR_COMPLAINANT = Set.of(GrievanceEvent.FILED,
			GrievanceEvent.EVIDENCE_ADDED, GrievanceEvent.ACKNOWLEDGED, GrievanceEvent.RETURNED_INCOMPLETE,
			GrievanceEvent.COMPLETED_BY_COMPLAINANT, GrievanceEvent.CLOSED_INCOMPLETE, GrievanceEvent.TRIAGE_CONFIRMED,
			GrievanceEvent.TRIAGE_OVERRIDDEN, GrievanceEvent.ENGAGEMENT_OPENED, GrievanceEvent.CHECKED_IN,
			GrievanceEvent.RESOLVED, GrievanceEvent.ESCALATED_TO_PANEL, GrievanceEvent.WITHDRAWN,
			GrievanceEvent.TOKEN_REPLACED);

	private final Grievances grievances;

	private final ReadingAttachments attachments;

	ReadingGrievances(Grievances grievances, ReadingAttachments attachments) {
		this.grievances = grievances;
		this.attachments = attachments;
	}

	/**
	 * A case as its complainant sees it.
	 * @param number the case they opened
	 * @return the case, its history for them and the evidence they sent
	 */
	public Optional<CaseFile> forComplainant(CaseNumber number) {
		return this.grievances.find(number).map((grievance) -> file(grievance, true));
	}

	/**
	 * A case as the secretariat sees it.
	 * @param number the case
	 * @return the whole case file
	 */
	public Optional<CaseFile> forSecretariat(CaseNumber number) {
		return this.grievances.find(number).map((grievance) -> file(grievance, false));
	}

	/**
	 * Every case, newest first, for the case desk.
	 * @return the cases
	 */
	public List<Grievance> all() {
		return this.grievances.list();
	}

	/**
	 * The public register: every case's number, respondent, category, stage and date,
	 * never anything of its complainant.
	 * @param respondent only those about this respondent (an organisation's id or
	 * {@code secretariat}), or {@code null}
	 * @param stage only those at this stage, or {@code null}
	 * @param year only those filed in this year, or {@code null}
	 * @return the entries, newest first
	 */
	public List<RegisterEntry> register(String respondent, Stage stage, Integer year) {
		return this.grievances.register(respondent, stage, year)
			.stream()
			.map((g) -> new RegisterEntry(g.number().toString(), g.respondentName(), g.complaint().category().label(),
					g.stage(), g.filedAt(), (g.stage() == Stage.CLOSED) ? g.outcome() : null))
			.toList();
	}

	/**
	 * The years of the register, for its filter.
	 * @return the years cases were filed in, newest first
	 */
	public List<Integer> registerYears() {
		return this.grievances.years();
	}

	private CaseFile file(Grievance grievance, boolean complainant) {
		List<Grievances.Event> history = this.grievances.events(grievance.id())
			.stream()
			.filter((event) -> !complainant || FOR_COMPLAINANT.contains(event.event()))
			.toList();
		List<Attachment> evidence = this.attachments
			.all(new Attachment.Owner(GrievanceEvidence.KIND, grievance.id().toString()))
			.stream()
			.filter((file) -> !complainant || file.withoutAccount())
			.toList();
		return new CaseFile(grievance, history, evidence);
	}

	/**
	 * The letter acknowledging a grievance, once the secretariat has acknowledged it.
	 * @param number the case
	 * @return the case file and the acknowledgement, or empty before it
	 */
	public Optional<AcknowledgementLetter> acknowledgementLetter(CaseNumber number) {
		return forSecretariat(number).flatMap((file) -> file.history()
			.stream()
			.filter((event) -> event.event() == GrievanceEvent.ACKNOWLEDGED)
			.findFirst()
			.map((acknowledged) -> new AcknowledgementLetter(file.grievance(), acknowledged)));
	}

	/**
	 * A letter acknowledging a grievance.
	 *
	 * @param grievance the case
	 * @param acknowledged its acknowledgement: when, by whom, with what note
	 */
	public record AcknowledgementLetter(Grievance grievance, Grievances.Event acknowledged) {

	}

	/**
	 * A case as the public register shows it.
	 *
	 * @param number its case number
	 * @param respondent whom it is about
	 * @param category what it is about
	 * @param stage where it stands
	 * @param filedAt when it was filed
	 * @param outcome the outcome published when it closed, or {@code null}
	 */
	public record RegisterEntry(String number, String respondent, String category, Stage stage, Instant filedAt,
			String outcome) {

	}

	/**
	 * A case file.
	 *
	 * @param grievance the case
	 * @param history its history, oldest first
	 * @param evidence its evidence files
	 */
	public record CaseFile(Grievance grievance, List<Grievances.Event> history, List<Attachment> evidence) {

	}

}

package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.gavel.attachments.StoringAttachment;
import org.gavel.attachments.model.Attachment;
import org.gavel.attachments.model.AttachmentRule;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Complaint;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.membership.Directory;
import org.gavel.membership.model.Organisation;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.gavel.system.RefusalsRollBack;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a grievance from the public intake: checks the respondent is in the directory,
 * gives the case the next number of the year, issues its follow-up token, stores the
 * evidence, and starts the case's process — all in one transaction, so a refused file or
 * a failure leaves nothing behind. A form submitted twice (a double click) files once.
 */
@Service
public class FilingGrievance {

	/** Who the history names for whatever the holder of a case's token does. */
	public static final String COMPLAINANT = "complainant";

	private final Grievances grievances;

	private final Directory directory;

	private final StoringAttachment storing;

	private final CaseTokens tokens;

	private final GrievanceSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final GrievanceMails mails;

	FilingGrievance(Grievances grievances, Directory directory, StoringAttachment storing, CaseTokens tokens,
			GrievanceSettings settings, Clock clock, TransactionTemplate transactions, GrievanceMails mails) {
		this.mails = mails;
		this.grievances = grievances;
		this.directory = directory;
		this.storing = storing;
		this.tokens = tokens;
		this.settings = settings;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Files a grievance.
	 * @param filing what was submitted
	 * @return the case number and its token, the case filed already from the same form,
	 * or the refusal by its field
	 */
	public Outcome<Filed> file(Filing filing) {
		if (filing.evidence().size() > this.settings.evidenceFiles()) {
			return Outcome.refused("evidence",
					"at most " + this.settings.evidenceFiles() + " files can be attached to one complaint");
		}
		Outcome<Filed> filed = RefusalsRollBack.in(this.transactions,
				() -> filing.complaint().check().then(this::respondentName).then((respondent) -> {
					this.grievances.lockNumbering();
					return this.grievances.filedFrom(filing.submissionKey())
						.map((number) -> Outcome.accepted(Filed.again(number)))
						.orElseGet(() -> store(filing, respondent));
				}));
		filed.ifAccepted((done) -> {
			if (done.again()) {
				GrievanceLog.FILED_AGAIN.log(done.number());
			}
			else {
				GrievanceLog.FILED.log(done.number(), filing.complaint().respondent(),
						filing.complaint().category().value(), done.evidence().size());
			}
		});
		return filed;
	}

	/**
	 * What an evidence file must be on intake.
	 * @return the rule
	 */
	public AttachmentRule evidenceRule() {
		return new AttachmentRule("Evidence", GrievanceEvidence.MEDIA_TYPES, this.settings.evidenceMaxSize().toBytes());
	}

	private Outcome<String> respondentName(Complaint complaint) {
		if (complaint.againstSecretariat()) {
			return Outcome.accepted("The secretariat");
		}
		return this.directory.membership()
			.organisation(complaint.respondent())
			.map(Organisation::name)
			.map(Outcome::accepted)
			.orElseGet(() -> Outcome.refused("respondent", "is not a member organisation of the directory"));
	}

	private Outcome<Filed> store(Filing filing, String respondentName) {
		Instant now = this.clock.instant();
		CaseNumber number = this.grievances.nextNumber(now.atZone(this.settings.timeZone()).getYear());
		Instant acknowledgeBy = this.settings.calendar().addWorkingDays(now, this.settings.acknowledgeWithin());
		Grievance grievance = Grievance.filed(UUID.randomUUID(), number, filing.complaint(), respondentName, now,
				acknowledgeBy);
		CaseTokens.Issued token = this.tokens.issue();
		this.grievances.add(grievance, filing.submissionKey(), token.hash());
		this.grievances.event(grievance.id(), now, GrievanceEvent.FILED, COMPLAINANT, null);
		this.mails.filed(grievance);
		return storeEvidence(grievance, filing.evidence())
			.map((evidence) -> new Filed(grievance, token.token(), evidence, false));
	}

	/**
	 * Stores a case's evidence files, all or none (the caller's transaction rolls back on
	 * a refusal).
	 * @param grievance the case
	 * @param files the files
	 * @return what was stored, or the first refusal
	 */
	Outcome<List<Attachment>> storeEvidence(Grievance grievance, List<Evidence> files) {
		List<Attachment> stored = new ArrayList<>();
		Attachment.Owner owner = new Attachment.Owner(GrievanceEvidence.KIND, grievance.id().toString());
		for (Evidence file : files) {
			Outcome<Attachment> one = this.storing.store(new StoringAttachment.Upload(owner, file.fileName(),
					file.content(), Attachment.NO_ACCOUNT, evidenceRule()));
			if (!one.isAccepted()) {
				return Outcome.refused("evidence", one.fold((never) -> "", Refusal::reason));
			}
			stored.add(one.orElseThrow());
		}
		return Outcome.accepted(stored);
	}

	/**
	 * A submission of the intake form.
	 *
	 * @param submissionKey the form's hidden key, the same for a second submission of it
	 * @param complaint what it says
	 * @param evidence the files attached
	 */
	public record Filing(UUID submissionKey, Complaint complaint, List<Evidence> evidence) {

		public Filing {
			evidence = List.copyOf(evidence);
		}

	}

	/**
	 * An evidence file as uploaded.
	 *
	 * @param fileName its name
	 * @param content its bytes
	 */
	public record Evidence(String fileName, byte[] content) {

	}

	/**
	 * A filed case.
	 *
	 * @param grievance the case as filed, or {@code null} when the form had been filed
	 * already
	 * @param number its number
	 * @param token its follow-up token, shown once; {@code null} when the form had been
	 * filed already
	 * @param evidence the files stored
	 * @param again whether the form had been filed already, so nothing more was
	 */
	public record Filed(Grievance grievance, CaseNumber number, String token, List<Attachment> evidence,
			boolean again) {

		Filed(Grievance grievance, String token, List<Attachment> evidence, boolean again) {
			this(grievance, grievance.number(), token, evidence, again);
		}

		static Filed again(CaseNumber number) {
			return new Filed(null, number, null, List.of(), true);
		}

	}

}

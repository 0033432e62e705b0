package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.gavel.attachments.ReadingAttachments;
import org.gavel.attachments.StoringAttachment;
import org.gavel.attachments.model.Attachment;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.EvidenceSharing;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.grievances.persistence.SharingDecisions;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.gavel.system.RefusalsRollBack;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secretariat decides what the respondent sees of a piece of a case's evidence:
 * nothing, the file as it is, or a redacted copy it uploads (under the evidence's rule:
 * its types and size). The respondent is then served the copy, never the original.
 */
@Service
public class DecidingEvidenceSharing {

	private final Grievances grievances;

	private final SharingDecisions decisions;

	private final ReadingAttachments attachments;

	private final StoringAttachment storing;

	private final FilingGrievance filing;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DecidingEvidenceSharing(Grievances grievances, SharingDecisions decisions, ReadingAttachments attachments,
			StoringAttachment storing, FilingGrievance filing, TransactionTemplate transactions, Clock clock) {
		this.grievances = grievances;
		this.decisions = decisions;
		this.attachments = attachments;
		this.storing = storing;
		this.filing = filing;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Records the decision, with the redacted copy, both or neither.
	 * @param sharing who decides what on which piece of which case's evidence
	 * @return the decision, or the refusal by its field ({@code sharing} or {@code copy})
	 */
	public Outcome<EvidenceSharing.Decision> decide(Sharing sharing) {
		return RefusalsRollBack.in(this.transactions,
				() -> this.grievances.found(sharing.number())
					.then((grievance) -> evidence(grievance.id(), sharing.evidence())
						.orElseGet(() -> Outcome.refused("Case " + grievance.number() + " has no such evidence."))
						.then((original) -> {
							Optional<UUID> kept = Optional
								.ofNullable(this.decisions.of(grievance.id()).get(original.id()))
								.flatMap(EvidenceSharing.Decision::copy);
							return EvidenceSharing.read(sharing.choice(), sharing.copy().isPresent(), kept.isPresent())
								.then((choice) -> copy(original, sharing).map((copy) -> {
									Instant now = this.clock.instant();
									EvidenceSharing.Decision decision = new EvidenceSharing.Decision(choice,
											(choice == EvidenceSharing.REDACTED)
													? copy.map(Attachment::id).or(() -> kept) : Optional.empty(),
											sharing.by(), now);
									this.decisions.decide(grievance.id(), original.id(), decision);
									this.grievances.event(grievance.id(), now, GrievanceEvent.EVIDENCE_SHARING_DECIDED,
											sharing.by(), original.fileName() + ": " + choice.label());
									GrievanceLog.EVIDENCE_SHARING_DECIDED.log(sharing.number(), original.id(),
											choice.value(), sharing.by());
									return decision;
								}));
						})));
	}

	private Optional<Outcome<Attachment>> evidence(UUID grievance, UUID id) {
		return this.attachments.all(new Attachment.Owner(GrievanceEvidence.KIND, grievance.toString()))
			.stream()
			.filter((file) -> file.id().equals(id) && file.withoutAccount())
			.findFirst()
			.map(Outcome::accepted);
	}

	/** Stores the redacted copy, if one came: refused if it is the original itself. */
	private Outcome<Optional<Attachment>> copy(Attachment original, Sharing sharing) {
		if (sharing.copy().isEmpty()) {
			return Outcome.accepted(Optional.empty());
		}
		FilingGrievance.Evidence file = sharing.copy().get();
		return this.storing
			.store(new StoringAttachment.Upload(original.owner(), file.fileName(), file.content(), sharing.by(),
					this.filing.evidenceRule()))
			.fold((stored) -> stored.sha256().equals(original.sha256())
					? Outcome.refused(Refusal.of("copy", "is the original file itself: nothing was redacted"))
					: Outcome.accepted(Optional.of(stored)),
					(refused) -> Outcome.refused(Refusal.of("copy", refused.reason())));
	}

	/**
	 * A decision as the case desk's form gave it.
	 *
	 * @param number the case
	 * @param evidence the evidence file
	 * @param by who of the secretariat decides
	 * @param choice {@code withheld}, {@code shared} or {@code redacted}
	 * @param copy the redacted copy uploaded, if any
	 */
	public record Sharing(CaseNumber number, UUID evidence, String by, String choice,
			Optional<FilingGrievance.Evidence> copy) {

	}

}

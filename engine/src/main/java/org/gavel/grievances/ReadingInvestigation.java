package org.gavel.grievances;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gavel.attachments.ReadingAttachments;
import org.gavel.attachments.model.Attachment;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.EvidenceSharing;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.InformationRequest;
import org.gavel.grievances.model.InterimMeasure;
import org.gavel.grievances.model.InternalNote;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.grievances.persistence.InformationRequests;
import org.gavel.grievances.persistence.InterimMeasures;
import org.gavel.grievances.persistence.InternalNotes;
import org.gavel.grievances.persistence.SharingDecisions;

import org.springframework.stereotype.Service;

/**
 * Reads a case's investigation, for each reader what is theirs: the secretariat and the
 * case's panel read all of it, internal notes included; a party reads the interim
 * measures and the questions put to it, and the respondent the evidence shared with it (a
 * redacted copy instead of its original). The callers have checked who reads: the case
 * desk's rule, a seat on the panel, the case opened with its token, a respondent's
 * representative.
 */
@Service
public class ReadingInvestigation {

	private final InterimMeasures measures;

	private final InternalNotes notes;

	private final InformationRequests requests;

	private final SharingDecisions sharing;

	private final ReadingAttachments attachments;

	private final Grievances grievances;

	ReadingInvestigation(InterimMeasures measures, InternalNotes notes, InformationRequests requests,
			SharingDecisions sharing, ReadingAttachments attachments, Grievances grievances) {
		this.grievances = grievances;
		this.measures = measures;
		this.notes = notes;
		this.requests = requests;
		this.sharing = sharing;
		this.attachments = attachments;
	}

	/**
	 * The whole investigation, for the secretariat and the case's panel.
	 * @param grievance the case
	 * @return its measures, notes, questions and what the respondent sees of its evidence
	 */
	public StaffFile forStaff(Grievance grievance) {
		return new StaffFile(this.measures.of(grievance.id()), this.notes.of(grievance.id()),
				this.requests.of(grievance.id()), evidence(grievance));
	}

	/**
	 * What the complainant reads of the investigation.
	 * @param grievance the case they opened with its token
	 * @return the interim measures and the questions put to them; never a note
	 */
	public PartyFile forComplainant(Grievance grievance) {
		return party(grievance, InformationRequest.Party.COMPLAINANT);
	}

	/**
	 * What the respondent reads of the investigation.
	 * @param grievance a case put to it
	 * @return the interim measures and the questions put to it; never a note
	 */
	public PartyFile forRespondent(Grievance grievance) {
		return party(grievance, InformationRequest.Party.RESPONDENT);
	}

	/**
	 * The evidence the respondent may read, each as it is shared: a redacted item as its
	 * copy.
	 * @param grievance a case put to it
	 * @return the files it is served, each under the id of the evidence it stands for
	 */
	public List<Shared> sharedWithRespondent(Grievance grievance) {
		return evidence(grievance).stream().flatMap((item) -> switch (item.sharing()) {
			case SHARED -> Stream.of(new Shared(item.original().id(), item.original()));
			case REDACTED -> item.copy().map((copy) -> new Shared(item.original().id(), copy)).stream();
			case WITHHELD -> Stream.empty();
		}).toList();
	}

	/**
	 * A file the respondent is served: the copy of a redacted item, the original of one
	 * shared as is.
	 * @param grievance a case put to it
	 * @param evidence the id of the evidence, as {@link #sharedWithRespondent} lists it
	 * @return the file with its content, or empty if the case has no such evidence or it
	 * is withheld
	 */
	public Optional<ReadingAttachments.Download> sharedFile(Grievance grievance, UUID evidence) {
		return sharedWithRespondent(grievance).stream()
			.filter((shared) -> shared.evidence().equals(evidence))
			.findFirst()
			.flatMap((shared) -> this.attachments.content(owner(grievance), shared.file().id()));
	}

	/**
	 * The cases waiting for their complainant's answer, whose clocks stand still.
	 * @return their ids
	 */
	public Set<UUID> waitingForComplainant() {
		return this.requests.waitingForComplainant();
	}

	/**
	 * Whether a case waits for its complainant's answer to a question: its SLA clock
	 * stands still.
	 * @param number the case
	 * @return whether it does
	 */
	public boolean waitsForComplainant(CaseNumber number) {
		return this.grievances.find(number)
			.filter((grievance) -> this.requests.waitingForComplainant(grievance.id()))
			.isPresent();
	}

	private PartyFile party(Grievance grievance, InformationRequest.Party party) {
		return new PartyFile(this.measures.of(grievance.id()),
				this.requests.of(grievance.id()).stream().filter((request) -> request.party() == party).toList());
	}

	/** The case's evidence, each with what the respondent sees of it. */
	private List<EvidenceItem> evidence(Grievance grievance) {
		List<Attachment> files = this.attachments.all(owner(grievance));
		Map<UUID, Attachment> byId = files.stream().collect(Collectors.toMap(Attachment::id, Function.identity()));
		Map<UUID, EvidenceSharing.Decision> decided = this.sharing.of(grievance.id());
		EvidenceSharing byDefault = EvidenceSharing.byDefault(grievance.complaint());
		return files.stream().filter(Attachment::withoutAccount).map((file) -> {
			EvidenceSharing.Decision decision = decided.get(file.id());
			return new EvidenceItem(file, (decision != null) ? decision.sharing() : byDefault,
					Optional.ofNullable(decision).flatMap(EvidenceSharing.Decision::copy).map(byId::get),
					Optional.ofNullable(decision));
		}).toList();
	}

	private static Attachment.Owner owner(Grievance grievance) {
		return new Attachment.Owner(GrievanceEvidence.KIND, grievance.id().toString());
	}

	/**
	 * A case's investigation, whole.
	 *
	 * @param measures its interim measures, in the order recorded
	 * @param notes its internal notes, oldest first
	 * @param requests its questions to either party, oldest first
	 * @param evidence its evidence, each with what the respondent sees of it
	 */
	public record StaffFile(List<InterimMeasure> measures, List<InternalNote> notes, List<InformationRequest> requests,
			List<EvidenceItem> evidence) {

	}

	/**
	 * What a party reads of a case's investigation: there is no place in it for a note.
	 *
	 * @param measures the interim measures
	 * @param requests the questions put to the party
	 */
	public record PartyFile(List<InterimMeasure> measures, List<InformationRequest> requests) {

	}

	/**
	 * A piece of evidence and what the respondent sees of it.
	 *
	 * @param original the file the complainant sent
	 * @param sharing what the respondent sees
	 * @param copy the redacted copy, if it is shared redacted
	 * @param decision the secretariat's decision, or empty while the default holds
	 */
	public record EvidenceItem(Attachment original, EvidenceSharing sharing, Optional<Attachment> copy,
			Optional<EvidenceSharing.Decision> decision) {

	}

	/**
	 * A file the respondent may read.
	 *
	 * @param evidence the evidence it stands for
	 * @param file the file served: the redacted copy, or the original shared as is
	 */
	public record Shared(UUID evidence, Attachment file) {

	}

}

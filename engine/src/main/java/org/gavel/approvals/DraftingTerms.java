package org.gavel.approvals;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.Item;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.persistence.TermsOfReference;
import org.gavel.approvals.process.ApprovalProcesses;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.documents.model.TextComparison;
import org.gavel.system.Outcome;
import org.gavel.system.RefusalsRollBack;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Terms of reference, the first item the EC approves: a working-group chair drafts them
 * (form {@code tor-submission}), submits them to {@code EcApprovalProcess}, revises them
 * when returned (form {@code tor-revision}); every version is kept and any two compared.
 */
@Service
public class DraftingTerms implements ApprovalDocuments, ItemSubjects {

	/** The sections, in order: form key and heading. */
	public static final Map<String, String> SECTIONS = sections();

	private static final String PREFIX = "terms-of-reference:";

	private final TermsOfReference terms;

	private final ApprovalProcesses processes;

	private final ReadingApprovals approvals;

	private final Clock clock;

	private final TransactionTemplate transactions;

	DraftingTerms(TermsOfReference terms, ApprovalProcesses processes, ReadingApprovals approvals,
			TransactionTemplate transactions, Clock clock) {
		this.terms = terms;
		this.transactions = transactions;
		this.processes = processes;
		this.approvals = approvals;
		this.clock = clock;
	}

	/**
	 * Stores the first version and submits it to the EC.
	 * @param draft the working group, its chair and the form's values
	 * @return the terms of reference's id, or why the EC refuses them (nothing stored)
	 */
	public Outcome<UUID> submit(Draft draft) {
		String workingGroup = draft.workingGroup();
		String by = draft.by();
		Map<String, Object> values = draft.values();
		return RefusalsRollBack.in(this.transactions, () -> {
			UUID id = UUID.randomUUID();
			Instant now = this.clock.instant();
			this.terms.add(new TermsOfReference.Draft(id, workingGroup, by, now));
			TermsOfReference.Version first = version(id, 1, values, null, by, now);
			this.terms.addVersion(first);
			return this.processes
				.submit(new EcApprovalProcess.Input(new Item(ItemType.TERMS_OF_REFERENCE,
						"Terms of reference: " + first.title(), PREFIX + id, 1, workingGroup, by), null,
						"tor-revision"))
				.map((approval) -> id);
		});
	}

	@Override
	public boolean handles(String subject) {
		return subject.startsWith(PREFIX);
	}

	@Override
	public Optional<Link> link(String subject) {
		return handles(subject) ? Optional.of(new Link("Document", "/terms/" + idOf(subject),
				"The terms of reference, every version and what changed")) : Optional.empty();
	}

	@Override
	public Optional<String> revisedAt(String subject) {
		return handles(subject) ? Optional.of("/terms/" + idOf(subject) + "/revise") : Optional.empty();
	}

	@Override
	public Map<String, String> current(String subject) {
		List<TermsOfReference.Version> versions = this.terms.versions(idOf(subject));
		return texts(versions.get(versions.size() - 1));
	}

	@Override
	public int revise(String subject, Map<String, Object> values, String by) {
		UUID id = idOf(subject);
		int next = this.terms.versions(id).size() + 1;
		Object note = values.get("changeNote");
		this.terms
			.addVersion(version(id, next, values, (note != null) ? note.toString() : null, by, this.clock.instant()));
		return next;
	}

	public Optional<Terms> find(UUID id) {
		return this.terms.find(id)
			.map((draft) -> new Terms(draft, this.terms.versions(id), this.approvals.bySubject(PREFIX + id)));
	}

	public List<TermsOfReference.Draft> all() {
		return this.terms.list();
	}

	/**
	 * What changed between two versions, section by section, word by word.
	 * @param id the terms of reference
	 * @param from the older version
	 * @param to the newer version
	 * @return one entry per section
	 */
	public List<TextComparison.Section> compare(UUID id, int from, int to) {
		List<TermsOfReference.Version> versions = this.terms.versions(id);
		return TextComparison.compare(headings(), texts(versions.get(from - 1)), texts(versions.get(to - 1)));
	}

	private static Map<String, String> headings() {
		Map<String, String> headings = new LinkedHashMap<>();
		headings.put("title", "Title");
		headings.putAll(SECTIONS);
		return headings;
	}

	private static Map<String, String> texts(TermsOfReference.Version v) {
		Map<String, String> texts = new LinkedHashMap<>();
		headings().keySet().forEach((key) -> texts.put(key, section(v, key)));
		return texts;
	}

	private static String section(TermsOfReference.Version v, String key) {
		return switch (key) {
			case "title" -> v.title();
			case "purpose" -> v.purpose();
			case "scope" -> v.scope();
			case "deliverables" -> v.deliverables();
			case "membership" -> v.membership();
			case "timeline" -> v.timeline();
			default -> throw new IllegalArgumentException(key);
		};
	}

	private static TermsOfReference.Version version(UUID id, int number, Map<String, Object> values, String note,
			String by, Instant at) {
		return new TermsOfReference.Version(id, number, text(values, "title"), text(values, "purpose"),
				text(values, "scope"), text(values, "deliverables"), text(values, "membership"),
				text(values, "timeline"), note, by, at);
	}

	private static String text(Map<String, Object> values, String key) {
		Object value = values.get(key);
		return (value != null) ? value.toString() : "";
	}

	private static UUID idOf(String subject) {
		return UUID.fromString(subject.substring(PREFIX.length()));
	}

	private static Map<String, String> sections() {
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("purpose", "Purpose");
		sections.put("scope", "Scope");
		sections.put("deliverables", "Deliverables");
		sections.put("membership", "Membership");
		sections.put("timeline", "Timeline");
		return Collections.unmodifiableMap(sections);
	}

	/**
	 * Terms of reference with every version and every approval they went through.
	 *
	 * @param draft the terms of reference
	 * @param versions every version, oldest first
	 * @param approvals the approvals, oldest first
	 */
	public record Terms(TermsOfReference.Draft draft, List<TermsOfReference.Version> versions,
			List<Approval> approvals) {

		public TermsOfReference.Version latest() {
			return this.versions.get(this.versions.size() - 1);
		}

		public Approval approval() {
			return this.approvals.isEmpty() ? null : this.approvals.get(this.approvals.size() - 1);
		}

	}

	/**
	 * Terms of reference to submit.
	 *
	 * @param workingGroup the working group
	 * @param by the working-group chair
	 * @param values the form's values (title and the sections)
	 */
	public record Draft(String workingGroup, String by, Map<String, Object> values) {

	}

}

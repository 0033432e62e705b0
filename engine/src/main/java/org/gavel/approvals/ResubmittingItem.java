package org.gavel.approvals;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ApprovalEvent;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submitter revises a returned item: its document takes the new version (terms of
 * reference keep every version, see {@link ApprovalDocuments}) and a new round follows
 * ({@code APPROVAL-007}).
 */
@Service
public class ResubmittingItem {

	private final Approvals approvals;

	private final List<ApprovalDocuments> documents;

	private final Clock clock;

	ResubmittingItem(Approvals approvals, List<ApprovalDocuments> documents, Clock clock) {
		this.approvals = approvals;
		this.documents = documents;
		this.clock = clock;
	}

	/**
	 * Records the revision.
	 * @param command who revises, with the revision form's values
	 * @return the new version, or why not (nothing written)
	 */
	@Transactional
	public Outcome<Integer> resubmit(Resubmit command) {
		return this.approvals.found(command.approval())
			.then((approval) -> approval.revisableBy(command.by()))
			.map((approval) -> store(approval, command));
	}

	private int store(Approval approval, Resubmit command) {
		int version = document(approval.subject())
			.map((docs) -> docs.revise(approval.subject(), command.values(), command.by()))
			.orElse(approval.version() + 1);
		this.approvals.revised(approval.id(), version);
		this.approvals.event(approval.id(), approval.round(), this.clock.instant(), ApprovalEvent.RESUBMITTED,
				command.by(), "version " + version + ": " + command.changeNote());
		ApprovalLog.ITEM_RESUBMITTED.log(approval.id(), version, command.by());
		return version;
	}

	/**
	 * The document of an item, when a feature keeps its versions.
	 * @param subject what the item refers to
	 * @return the document's keeper
	 */
	public Optional<ApprovalDocuments> document(String subject) {
		return this.documents.stream().filter((docs) -> docs.handles(subject)).findFirst();
	}

	/**
	 * A revision, as the item's revision form submits it.
	 *
	 * @param approval the approval
	 * @param by who revises: the task's assignee
	 * @param values the form's values
	 * @param changeNote what changed
	 */
	public record Resubmit(UUID approval, String by, Map<String, Object> values, String changeNote) {

	}

}

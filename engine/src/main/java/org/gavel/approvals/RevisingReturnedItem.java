package org.gavel.approvals;

import java.util.Map;
import java.util.UUID;

import org.gavel.approvals.process.ApprovalProcesses;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * For a feature whose document has its own revision page
 * ({@link ItemSubjects#revisedAt}): whether the EC returned an item to a person, and
 * their revision, submitted through the item's revision task as that person, with the
 * revision form's values (which the feature's {@link ApprovalDocuments#revise} checks).
 */
@Service
public class RevisingReturnedItem {

	private final ApprovalProcesses processes;

	RevisingReturnedItem(ApprovalProcesses processes) {
		this.processes = processes;
	}

	/**
	 * Whether an item waits for a person's revision.
	 * @param approval the item
	 * @param user the person
	 * @return true when its revision task is theirs
	 */
	public boolean waitsFor(UUID approval, String user) {
		return this.processes.waitingFor(approval, EcApprovalProcess.REVISE_ITEM, user).isPresent();
	}

	/**
	 * Submits a revision.
	 * @param approval the item
	 * @param user the submitter, signed in
	 * @param values the revision form's values
	 * @return done, or why not (nothing changed)
	 */
	public Outcome<Outcome.Done> revise(UUID approval, String user, Map<String, Object> values) {
		return this.processes.complete(approval, EcApprovalProcess.REVISE_ITEM, user, values);
	}

}

package org.gavel.approvals;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ApprovalEvent;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.system.Actors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The round's due date has passed with responses missing: the history notes it and the
 * chair is told who has not responded ({@code APPROVAL-009}).
 */
@Service
public class EscalatingReviews {

	private final Approvals approvals;

	private final ReadingApprovals reading;

	private final ApprovalMails mails;

	private final Clock clock;

	EscalatingReviews(Approvals approvals, ReadingApprovals reading, ApprovalMails mails, Clock clock) {
		this.approvals = approvals;
		this.reading = reading;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Escalates the current round to the chair.
	 * @param id the approval
	 */
	@Transactional
	public void escalate(UUID id) {
		Approval approval = this.approvals.find(id).orElseThrow();
		List<String> silent = this.reading.silent(id);
		this.approvals.event(id, approval.round(), this.clock.instant(), ApprovalEvent.ESCALATED, Actors.GAVEL,
				"reviews overdue; the chair " + approval.chair() + " is alerted");
		ApprovalLog.REVIEWS_OVERDUE.log(id, approval.round(), silent, approval.chair());
		this.mails.escalate(id);
	}

}

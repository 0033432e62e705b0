package org.gavel.approvals;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ApprovalEvent;
import org.gavel.approvals.model.Response;
import org.gavel.approvals.model.Review;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.membership.model.RollEntry;
import org.gavel.system.Actors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens an approval's next review round and asks every seat holder on its frozen roll to
 * review it ({@code APPROVAL-002}), except those of the member organisation the item
 * concerns: they are recused, with the reason recorded as their response. Only the
 * process opens rounds, when an item comes in or comes back revised, so nothing here can
 * be refused.
 */
@Service
public class OpeningReviewRound {

	private final Approvals approvals;

	private final ApprovalMails mails;

	private final ApprovalSettings settings;

	private final ReadingApprovals reading;

	private final Clock clock;

	OpeningReviewRound(Approvals approvals, ApprovalMails mails, ApprovalSettings settings, ReadingApprovals reading,
			Clock clock) {
		this.approvals = approvals;
		this.reading = reading;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Opens the next round.
	 * @param id the approval
	 * @return the round with its reminder and due instants
	 */
	@Transactional
	public Round open(UUID id) {
		Approval approval = this.approvals.find(id).orElseThrow();
		int round = approval.round() + 1;
		Instant now = this.clock.instant();
		Instant due = now.plus(this.settings.reviewPeriod());
		Instant remind = due.minus(this.settings.reminderBefore());
		this.approvals.startRound(id, round, due);
		this.approvals.event(id, round, now, ApprovalEvent.REVIEW_REQUESTED, Actors.GAVEL,
				"round " + round + " of at most " + approval.maxRounds() + "; reviews due "
						+ due.atZone(this.settings.zone()).toLocalDate());
		ApprovalLog.ROUND_OPENED.log(id, round, due);
		if (approval.concerns() != null) {
			for (RollEntry seat : this.reading.seatsOf(id, approval.concerns())) {
				String reason = "Recused by Gavel: this item concerns " + seat.organisationName()
						+ ", the seat holder's organisation.";
				this.approvals.review(id, round, new Review(seat.voter(), Response.CONFLICT, reason), now);
				this.approvals.event(id, round, now, ApprovalEvent.RECUSED, seat.voter(), reason);
			}
		}
		this.mails.reviewRequested(id);
		return new Round(round, remind.isAfter(now) ? remind : now, due);
	}

	/**
	 * A review round.
	 *
	 * @param number the round, from 1
	 * @param remindAt when those who have not responded are reminded
	 * @param dueAt when the reviews are due (then the chair is alerted)
	 */
	public record Round(int number, Instant remindAt, Instant dueAt) {

	}

}

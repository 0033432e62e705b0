package org.gavel.approvals;

import java.time.Clock;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ApprovalEvent;
import org.gavel.approvals.model.Review;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a seat holder's response in the current round: no objection, an objection with
 * its reason, or a conflict of interest that recuses them ({@code APPROVAL-003}).
 */
@Service
public class ReviewingItem {

	private final Approvals approvals;

	private final ReadingApprovals reading;

	private final Clock clock;

	ReviewingItem(Approvals approvals, ReadingApprovals reading, Clock clock) {
		this.approvals = approvals;
		this.reading = reading;
		this.clock = clock;
	}

	/**
	 * Records a response.
	 * @param command who responds what
	 * @return the review recorded, or why not (nothing written)
	 */
	@Transactional
	public Outcome<Review> review(ReviewItem command) {
		return this.approvals.find(command.approval())
			.map(Outcome::accepted)
			.orElseGet(() -> Outcome.refused("This item is not under review."))
			.then(Approval::underReview)
			.check((approval) -> seatHolder(approval, command.member()))
			.then((approval) -> Review.of(command.member(), command.response(), command.reason())
				.then((review) -> record(approval, review)));
	}

	private Outcome<String> seatHolder(Approval approval, String member) {
		return Outcome.when(this.reading.seats(approval.id()).contains(member), member,
				() -> Refusal.of(member + " holds no EC seat on this item's roll."));
	}

	private Outcome<Review> record(Approval approval, Review review) {
		try {
			this.approvals.review(approval.id(), approval.round(), review, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			return Outcome.refused(review.member() + " has responded in this round already.");
		}
		this.approvals.event(approval.id(), approval.round(), this.clock.instant(), ApprovalEvent.of(review.response()),
				review.member(), review.reason());
		ApprovalLog.REVIEW_RECORDED.log(approval.id(), approval.round(), review.member(), review.response());
		return Outcome.accepted(review);
	}

	/**
	 * A response, as the form {@code ec-review} submits it.
	 *
	 * @param approval the approval
	 * @param member who responds: the task's assignee
	 * @param response {@code no-objection}, {@code objection} or {@code conflict}
	 * @param reason the objection's reason or the conflict declared
	 */
	public record ReviewItem(UUID approval, String member, String response, String reason) {

	}

}

package org.gavel.approvals;

import java.time.Clock;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ApprovalEvent;
import org.gavel.approvals.model.Status;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.system.Actors;
import org.gavel.voting.model.BallotOutcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a counted seat vote with its approval; one that did not adopt the item leaves it
 * to the chair ({@code APPROVAL-005}).
 */
@Service
public class RecordingSeatVote {

	private final Approvals approvals;

	private final Clock clock;

	RecordingSeatVote(Approvals approvals, Clock clock) {
		this.approvals = approvals;
		this.clock = clock;
	}

	/**
	 * Records the vote.
	 * @param command the approval and its counted seat vote
	 */
	@Transactional
	public void record(SeatVote command) {
		UUID id = command.approval();
		UUID ballot = command.ballot();
		BallotOutcome outcome = command.outcome();
		Approval approval = this.approvals.find(id).orElseThrow();
		this.approvals.seatVote(id, ballot);
		if (outcome != BallotOutcome.ADOPTED) {
			this.approvals.status(id, Status.AWAITING_CHAIR);
		}
		this.approvals.event(id, approval.round(), this.clock.instant(), ApprovalEvent.SEAT_VOTE, Actors.GAVEL,
				"ballot " + ballot + ": " + outcome.label());
		ApprovalLog.SEAT_VOTE_COUNTED.log(id, ballot, outcome);
	}

	/**
	 * A counted seat vote.
	 *
	 * @param approval the approval
	 * @param ballot the seat vote's ballot
	 * @param outcome what the count concluded
	 */
	public record SeatVote(UUID approval, UUID ballot, BallotOutcome outcome) {

	}

}

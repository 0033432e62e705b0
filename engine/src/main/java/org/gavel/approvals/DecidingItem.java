package org.gavel.approvals;

import java.time.Clock;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ApprovalEvent;
import org.gavel.approvals.model.ChairDecision;
import org.gavel.approvals.model.Decision;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.system.Actors;
import org.gavel.voting.model.BallotOutcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the decision the process reached, with a note that says how
 * ({@code APPROVAL-008}).
 */
@Service
public class DecidingItem {

	private final Approvals approvals;

	private final Clock clock;

	DecidingItem(Approvals approvals, Clock clock) {
		this.approvals = approvals;
		this.clock = clock;
	}

	/**
	 * Records the decision.
	 * @param command the path the process took
	 * @return the decision
	 */
	@Transactional
	public Decision decide(Decide command) {
		Approval approval = this.approvals.find(command.approval()).orElseThrow();
		Decision decision = Decision.reach(command.consensus(), command.vote() == BallotOutcome.ADOPTED,
				command.chair());
		String note = switch (decision.how()) {
			case CONSENSUS -> "Approved by consensus: no sustained objection.";
			case SEAT_VOTE -> "Approved by the seat vote.";
			case CHAIR ->
				"Rejected by the chair after the seat vote did not adopt it (" + command.vote().label() + ").";
			case ROUNDS_EXHAUSTED -> "Rejected: returned in the last of " + approval.maxRounds()
					+ " allowed rounds, so it cannot be revised again.";
		};
		this.approvals.decide(approval.id(), decision, note, this.clock.instant());
		this.approvals.event(approval.id(), approval.round(), this.clock.instant(),
				decision.approved() ? ApprovalEvent.APPROVED : ApprovalEvent.REJECTED, Actors.GAVEL, note);
		ApprovalLog.DECIDED.log(approval.id(), decision.status(), decision.how());
		return decision;
	}

	/**
	 * The path the process took.
	 *
	 * @param approval the approval
	 * @param consensus whether the last round reached consensus
	 * @param vote the seat vote's outcome, or {@code null} without one
	 * @param chair the chair's decision after a failed vote, or {@code null}
	 */
	public record Decide(UUID approval, boolean consensus, BallotOutcome vote, ChairDecision chair) {

	}

}

package org.gavel.approvals;

import java.time.Clock;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ApprovalEvent;
import org.gavel.approvals.model.ChairDecision;
import org.gavel.approvals.model.ChairRuling;
import org.gavel.approvals.model.Status;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair returns an item for revision or rejects it, with reasons, after a seat vote
 * did not adopt it ({@code APPROVAL-006}).
 */
@Service
public class DecidingAsChair {

	private final Approvals approvals;

	private final Clock clock;

	DecidingAsChair(Approvals approvals, Clock clock) {
		this.approvals = approvals;
		this.clock = clock;
	}

	/**
	 * Records the chair's decision.
	 * @param command who decides what, and why
	 * @return the decision, or why it is refused (nothing written)
	 */
	@Transactional
	public Outcome<ChairDecision> decide(ChairDecides command) {
		return this.approvals.found(command.approval())
			.then((approval) -> approval.awaitingChair(command.chair()))
			.then((waiting) -> ChairRuling.of(command.decision(), command.comments())
				.map((ruling) -> record(waiting, ruling, command.chair())));
	}

	private ChairDecision record(Approval approval, ChairRuling ruling, String chair) {
		this.approvals.status(approval.id(), ruling.returned() ? Status.RETURNED : Status.AWAITING_CHAIR);
		this.approvals.event(approval.id(), approval.round(), this.clock.instant(),
				ruling.returned() ? ApprovalEvent.RETURNED : ApprovalEvent.REJECTED_BY_CHAIR, chair, ruling.comments());
		ApprovalLog.CHAIR_DECIDED.log(approval.id(), approval.round(), ruling.decision());
		return ruling.decision();
	}

	/**
	 * The chair's decision, as the form {@code ec-chair-decision} submits it.
	 *
	 * @param approval the approval
	 * @param chair who decides: the task's assignee
	 * @param decision {@code return} or {@code reject}
	 * @param comments the reasons
	 */
	public record ChairDecides(UUID approval, String chair, String decision, String comments) {

	}

}

package org.gavel.approvals;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ApprovalEvent;
import org.gavel.approvals.model.Consensus;
import org.gavel.approvals.model.Status;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.membership.DerivingElectoralRoll;
import org.gavel.membership.model.ElectoralRoll;
import org.gavel.system.Actors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assesses a review round (see {@link Consensus}) once every seat holder has responded or
 * the chair closed it; without consensus, derives the seat vote's roll: the frozen roll
 * less the members recused for a conflict ({@code APPROVAL-004}).
 */
@Service
public class AssessingRound {

	private final Approvals approvals;

	private final ReadingApprovals reading;

	private final DerivingElectoralRoll derivingRoll;

	private final Clock clock;

	AssessingRound(Approvals approvals, ReadingApprovals reading, DerivingElectoralRoll derivingRoll, Clock clock) {
		this.approvals = approvals;
		this.reading = reading;
		this.derivingRoll = derivingRoll;
		this.clock = clock;
	}

	/**
	 * Assesses the current round.
	 * @param command the approval, and who closed the round early
	 * @return the assessment and, without consensus, the seat vote's roll
	 */
	@Transactional
	public Assessed assess(AssessRound command) {
		UUID id = command.approval();
		Approval approval = this.approvals.find(id).orElseThrow();
		Consensus.Assessment assessment = Consensus.assess(this.reading.seats(id),
				this.approvals.reviews(id, approval.round()));
		Instant now = this.clock.instant();
		if (command.closedBy() != null) {
			this.approvals.event(id, approval.round(), now, ApprovalEvent.ROUND_CLOSED, command.closedBy(),
					assessment.silent().size() + " member(s) had not responded: " + assessment.silent());
		}
		this.approvals.event(id, approval.round(), now,
				assessment.consensus() ? ApprovalEvent.CONSENSUS : ApprovalEvent.NO_CONSENSUS, Actors.GAVEL,
				assessment.explanation());
		ApprovalLog.ROUND_ASSESSED.log(id, approval.round(), assessment.consensus(), assessment.objections().size(),
				assessment.recused().size());
		if (assessment.consensus()) {
			return new Assessed(approval, assessment, null);
		}
		Map<String, String> recused = new LinkedHashMap<>();
		assessment.recused()
			.forEach((review) -> recused.put(review.member(), "recused, conflict of interest: " + review.reason()));
		ElectoralRoll roll = this.derivingRoll
			.derive(new DerivingElectoralRoll.Withdrawing(approval.rollId(), recused, approval.opener()));
		this.approvals.status(id, Status.IN_VOTE);
		return new Assessed(approval, assessment, roll.id());
	}

	/**
	 * Assess a round.
	 *
	 * @param approval the approval
	 * @param closedBy who closed the round early, or {@code null} when everyone responded
	 */
	public record AssessRound(UUID approval, String closedBy) {

	}

	/**
	 * A round assessed.
	 *
	 * @param approval the approval
	 * @param assessment what the round came to
	 * @param voteRollId the seat vote's roll without consensus, else {@code null}
	 */
	public record Assessed(Approval approval, Consensus.Assessment assessment, UUID voteRollId) {

	}

}

package org.gavel.approvals.process;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gavel.approvals.ApprovalMails;
import org.gavel.forms.InputRefusedException;
import org.gavel.approvals.ApprovalSettings;
import org.gavel.approvals.Approving;
import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.Decision;
import org.gavel.approvals.model.ItemType;

import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code EcApprovalProcess}, one method each
 * ({@code ${approvalSteps.register(execution)}}): each reads the variables, calls
 * {@link Approving} or {@link ApprovalMails} once, and writes the variables the gateways
 * need.
 */
@Component("approvalSteps")
public class ApprovalSteps {

	private final Approving approving;

	private final ApprovalMails mails;

	private final ApprovalSettings settings;

	private final Clock clock;

	ApprovalSteps(Approving approving, ApprovalMails mails, ApprovalSettings settings, Clock clock) {
		this.approving = approving;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	public void register(DelegateExecution execution) {
		ItemType type;
		try {
			type = ItemType.valueOf(String.valueOf(execution.getVariable(EcApprovalProcess.ITEM_TYPE)));
		}
		catch (IllegalArgumentException ex) {
			throw new InputRefusedException(EcApprovalProcess.ITEM_TYPE,
					"must be one of " + List.of(ItemType.values()));
		}
		Object version = execution.getVariable(EcApprovalProcess.VERSION);
		Object rounds = execution.getVariable(EcApprovalProcess.MAX_ROUNDS);
		Approval approval = this.approving.register(new Approving.RegisterItem(type, text(execution, "title"),
				text(execution, EcApprovalProcess.SUBJECT),
				(version != null) ? Integer.parseInt(version.toString()) : 1,
				text(execution, EcApprovalProcess.WORKING_GROUP), text(execution, EcApprovalProcess.SUBMITTED_BY),
				(rounds != null) ? Integer.valueOf(rounds.toString()) : null));
		execution.setProcessBusinessKey(approval.id().toString());
		execution.setVariable(EcApprovalProcess.APPROVAL_ID, approval.id().toString());
		execution.setVariable(EcApprovalProcess.CHAIR, approval.chair());
		execution.setVariable(EcApprovalProcess.MAX_ROUNDS, approval.maxRounds());
		if (execution.getVariable(EcApprovalProcess.REVISION_FORM) == null) {
			execution.setVariable(EcApprovalProcess.REVISION_FORM, "ec-revision");
		}
	}

	public void requestReviews(DelegateExecution execution) {
		UUID id = EcApprovalProcess.approvalId(execution);
		Approving.Round round = this.approving.startRound(id);
		execution.setVariable(EcApprovalProcess.ROUND, round.number());
		execution.setVariable(EcApprovalProcess.REVIEW_REMINDER_AT, Date.from(round.remindAt()));
		execution.setVariable(EcApprovalProcess.REVIEW_DUE_AT, Date.from(round.dueAt()));
		this.mails.reviewRequested(id);
	}

	public List<String> reviewers(DelegateExecution execution) {
		return this.approving.seats(EcApprovalProcess.approvalId(execution));
	}

	public void remindReviewers(DelegateExecution execution) {
		this.mails.remind(EcApprovalProcess.approvalId(execution));
	}

	public void escalate(DelegateExecution execution) {
		UUID id = EcApprovalProcess.approvalId(execution);
		this.approving.escalated(id);
		this.mails.escalate(id);
	}

	public void assess(DelegateExecution execution) {
		UUID id = EcApprovalProcess.approvalId(execution);
		Approving.Assessed assessed = this.approving.assess(id, text(execution, "closedBy"));
		execution.removeVariable("closedBy");
		boolean consensus = assessed.assessment().consensus();
		execution.setVariable(EcApprovalProcess.CONSENSUS, consensus);
		if (!consensus) {
			var now = this.clock.instant();
			execution.setVariable("voteTitle", "EC seat vote: " + assessed.approval().title());
			execution.setVariable("voteRuleSet", this.settings.ruleSet());
			execution.setVariable("voteRollId", assessed.voteRollId().toString());
			execution.setVariable("voteOpensAt", now.toString());
			execution.setVariable("voteClosesAt", now.plus(this.settings.votePeriod()).toString());
			execution.setVariable("voteTimeZone", this.settings.zone().getId());
			execution.setVariable("voteOpenedBy", Approving.opener(id));
		}
	}

	public void recordVote(DelegateExecution execution) {
		this.approving.recordVote(EcApprovalProcess.approvalId(execution),
				UUID.fromString(text(execution, EcApprovalProcess.VOTE_BALLOT_ID)),
				text(execution, EcApprovalProcess.VOTE_OUTCOME));
	}

	public void returnForRevision(DelegateExecution execution) {
		this.mails.returned(EcApprovalProcess.approvalId(execution), text(execution, EcApprovalProcess.CHAIR_COMMENTS));
	}

	public void decide(DelegateExecution execution) {
		Decision decision = this.approving.decide(EcApprovalProcess.approvalId(execution),
				Boolean.TRUE.equals(execution.getVariable(EcApprovalProcess.CONSENSUS)),
				text(execution, EcApprovalProcess.VOTE_OUTCOME),
				"return".equals(execution.getVariable(EcApprovalProcess.CHAIR_DECISION)));
		execution.setVariable(EcApprovalProcess.DECISION, decision.approved() ? "APPROVED" : "REJECTED");
	}

	public void publish(DelegateExecution execution) {
		this.mails.decision(EcApprovalProcess.approvalId(execution));
	}

	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return (value != null) ? value.toString() : null;
	}

}

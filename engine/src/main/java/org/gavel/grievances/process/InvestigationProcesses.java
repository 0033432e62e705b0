package org.gavel.grievances.process;

import org.gavel.grievances.AnsweringInformationRequest;
import org.gavel.grievances.RequestingInformation;
import org.gavel.grievances.WithdrawingInformationRequest;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.InformationRequest;
import org.gavel.system.Outcome;
import org.gavel.system.RefusalsRollBack;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of an investigation that reach into the case's process, each in one
 * transaction with it: a question to the complainant stops the decision's clock (its
 * overdue timer is held), and its answer or withdrawal restarts it, the process's
 * deadline moved with the case's ({@link DecisionDeadline}). Questions to the respondent
 * leave the process alone.
 */
@Service
public class InvestigationProcesses {

	private final RequestingInformation requesting;

	private final AnsweringInformationRequest answering;

	private final WithdrawingInformationRequest withdrawing;

	private final DecisionDeadline deadline;

	private final TransactionTemplate transactions;

	InvestigationProcesses(RequestingInformation requesting, AnsweringInformationRequest answering,
			WithdrawingInformationRequest withdrawing, DecisionDeadline deadline, TransactionTemplate transactions) {
		this.requesting = requesting;
		this.answering = answering;
		this.withdrawing = withdrawing;
		this.deadline = deadline;
		this.transactions = transactions;
	}

	/**
	 * Asks a party a question.
	 * @param ask who asks whom what
	 * @return the request, or the refusal by its fields (nothing written)
	 */
	public Outcome<InformationRequest> ask(RequestingInformation.Ask ask) {
		return RefusalsRollBack.in(this.transactions, () -> this.requesting.ask(ask).ifAccepted((request) -> {
			if (request.party() == InformationRequest.Party.COMPLAINANT) {
				this.deadline.hold(ask.number());
			}
		}));
	}

	/**
	 * A party answers a question.
	 * @param answer who answers what
	 * @return the question answered, or the refusal by its field (nothing written)
	 */
	public Outcome<AnsweringInformationRequest.Closed> answer(AnsweringInformationRequest.Answer answer) {
		return RefusalsRollBack.in(this.transactions,
				() -> this.answering.answer(answer).ifAccepted((closed) -> restarted(answer.number(), closed)));
	}

	/**
	 * The panel or the secretariat withdraws a question.
	 * @param withdrawal who withdraws which
	 * @return the question withdrawn, or why not (nothing written)
	 */
	public Outcome<AnsweringInformationRequest.Closed> withdraw(WithdrawingInformationRequest.Withdrawal withdrawal) {
		return RefusalsRollBack.in(this.transactions, () -> this.withdrawing.withdraw(withdrawal)
			.ifAccepted((closed) -> restarted(withdrawal.number(), closed)));
	}

	private void restarted(CaseNumber number, AnsweringInformationRequest.Closed closed) {
		if (closed.request().party() == InformationRequest.Party.COMPLAINANT) {
			this.deadline.restart(number, closed.decideBy());
		}
	}

}

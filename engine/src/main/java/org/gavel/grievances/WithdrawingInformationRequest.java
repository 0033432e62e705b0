package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.InformationRequest;
import org.gavel.grievances.model.Panel;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.grievances.persistence.InformationRequests;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * A member of a case's complaints panel, or the secretariat, withdraws an unanswered
 * question; the party is told, and a question to the complainant restarts the decision
 * clock as an answer does ({@link DecisionClock}).
 */
@Service
public class WithdrawingInformationRequest {

	private final Investigators investigators;

	private final InformationRequests requests;

	private final Grievances grievances;

	private final DecisionClock clocks;

	private final InvestigationMails mails;

	private final Clock clock;

	WithdrawingInformationRequest(Investigators investigators, InformationRequests requests, Grievances grievances,
			DecisionClock clocks, InvestigationMails mails, Clock clock) {
		this.investigators = investigators;
		this.requests = requests;
		this.grievances = grievances;
		this.clocks = clocks;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Withdraws the question; call through {@code InvestigationProcesses}, which moves
	 * the process's decision deadline with it.
	 * @param withdrawal who withdraws which question of which case
	 * @return the request withdrawn and how far the decision deadline moved, or why not
	 */
	public Outcome<AnsweringInformationRequest.Closed> withdraw(Withdrawal withdrawal) {
		return this.investigators.of(withdrawal.number(), withdrawal.by())
			.then((found) -> this.requests.find(found.grievance().id(), withdrawal.request())
				.map(Outcome::accepted)
				.orElseGet(() -> Outcome.refused("There is no such question on case " + withdrawal.number() + "."))
				.then(InformationRequest::open)
				.map((request) -> {
					Instant now = this.clock.instant();
					InformationRequest withdrawn = request
						.withdrawn(new InformationRequest.Withdrawal(withdrawal.by().username(), now));
					DecisionClock.Restarted restarted = this.clocks.restart(found.grievance(), found.file(), withdrawn);
					this.requests.withdrawn(request.id(), withdrawn.withdrawal().orElseThrow());
					this.grievances.event(found.grievance().id(), now, GrievanceEvent.INFORMATION_REQUEST_WITHDRAWN,
							withdrawal.by().username(), "of " + request.party().label());
					this.mails.withdrawn(found.grievance(), withdrawn,
							found.file().panel().map(Panel::members).orElse(List.of()), restarted.decideBy());
					GrievanceLog.INFORMATION_REQUEST_WITHDRAWN.log(withdrawal.number(), request.id(),
							withdrawal.by().username());
					return new AnsweringInformationRequest.Closed(withdrawn, restarted.days(), restarted.decideBy());
				}));
	}

	/**
	 * A withdrawal.
	 *
	 * @param number the case
	 * @param request the question
	 * @param by who withdraws it
	 */
	public record Withdrawal(CaseNumber number, UUID request, Investigator by) {

	}

}

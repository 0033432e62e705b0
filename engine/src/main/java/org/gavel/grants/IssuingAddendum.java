package org.gavel.grants;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;

import org.gavel.grants.model.Addendum;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Calls;
import org.gavel.system.Dates;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * The RFP's chair or the secretariat issues an addendum to a published RFP: its text is
 * published on the call's page; a new deadline replaces the RFP's ({@code GrantProcesses}
 * moves its timer in the same transaction); every applicant who started a proposal is
 * mailed.
 */
@Service
public class IssuingAddendum {

	private final Calls calls;

	private final ReadingCalls reading;

	private final GrantMails mails;

	private final Clock clock;

	IssuingAddendum(Calls calls, ReadingCalls reading, GrantMails mails, Clock clock) {
		this.calls = calls;
		this.reading = reading;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Issues an addendum.
	 * @param issue which RFP, who, what, and the new deadline if it moves
	 * @return the addendum, or why not (nothing written)
	 */
	public Outcome<Addendum> issue(Issue issue) {
		Instant now = this.clock.instant();
		return this.calls.found(issue.rfp())
			.then((call) -> this.reading.managedBy(call, issue.by()))
			.then((call) -> call.open())
			.then((call) -> {
				if (!now.isBefore(call.rfp().deadline())) {
					return Outcome.refused("Proposals closed at " + call.rfp().deadlineShown()
							+ "; an addendum can no longer change this call.");
				}
				Instant deadline = null;
				String typed = (issue.newDeadline() != null) ? issue.newDeadline().strip() : "";
				if (!typed.isEmpty()) {
					try {
						deadline = LocalDateTime.parse(typed).atZone(call.rfp().zone()).toInstant();
					}
					catch (DateTimeException ex) {
						return Outcome.refused("newDeadline",
								"'" + typed + "' is not a date and time (e.g. 2027-06-15T23:59)");
					}
					if (!deadline.isAfter(now)) {
						return Outcome.refused("newDeadline",
								"must be in the future; it is now " + Dates.at(now, call.rfp().zone()));
					}
					if (deadline.isBefore(call.rfp().questionsClose())) {
						return Outcome.refused("newDeadline", "must be no earlier than the close of questions ("
								+ Dates.at(call.rfp().questionsClose(), call.rfp().zone()) + ")");
					}
					if (deadline.equals(call.rfp().deadline())) {
						return Outcome.refused("newDeadline", "is the deadline already in force");
					}
				}
				Addendum addendum = this.calls.addAddendum(call.id(), issue.text().strip(),
						(deadline != null) ? call.rfp().deadline() : null, deadline, issue.by(), now);
				int mailed = this.mails.addendum(call, addendum);
				GrantLog.ADDENDUM_ISSUED.log(call.reference(), addendum.number(), deadline, mailed);
				return Outcome.accepted(addendum);
			});
	}

	/**
	 * An addendum to issue.
	 *
	 * @param rfp the RFP
	 * @param by its chair or someone of the secretariat
	 * @param text what changes
	 * @param newDeadline the new deadline as a local date-time in the RFP's zone, or
	 * blank when it stays
	 */
	public record Issue(Reference rfp, String by, String text, String newDeadline) {

	}

}

package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.InformationRequest;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.grievances.persistence.InformationRequests;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * A member of a case's complaints panel, or the secretariat, asks the complainant or the
 * respondent a question, to be answered within so many working days (by default
 * {@code gavel.grievances.rfi-within}). The party is mailed it (the complainant only if
 * they gave an address; they read it on the follow-up page anyway). While a question to
 * the complainant is open the case waits for them, so only one is open at a time; the
 * respondent is asked only once the case was put to it.
 */
@Service
public class RequestingInformation {

	private final Investigators investigators;

	private final InformationRequests requests;

	private final Grievances grievances;

	private final InvestigationMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	RequestingInformation(Investigators investigators, InformationRequests requests, Grievances grievances,
			InvestigationMails mails, GrievanceSettings settings, Clock clock) {
		this.investigators = investigators;
		this.requests = requests;
		this.grievances = grievances;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Puts the question; call through {@code InvestigationProcesses}, which holds the
	 * decision's timer while the complainant is waited for.
	 * @param ask who asks whom what on which case
	 * @return the request, or the refusal by its fields (nothing written)
	 */
	public Outcome<InformationRequest> ask(Ask ask) {
		return InformationRequest.ask(ask.party(), ask.question(), ask.days())
			.then((asked) -> this.investigators.withPanel(ask.number(), ask.by()).then((found) -> {
				if (asked.party() == InformationRequest.Party.RESPONDENT && found.file().replyBy().isEmpty()) {
					return Outcome.refused("party", "the respondent is asked once the panel has put the case to it");
				}
				boolean waiting = this.requests.of(found.grievance().id())
					.stream()
					.anyMatch((open) -> open.isOpen() && open.party() == InformationRequest.Party.COMPLAINANT);
				if (asked.party() == InformationRequest.Party.COMPLAINANT && waiting) {
					return Outcome.refused("party", "a question to the complainant is open already: withdraw it, or"
							+ " wait for the answer (one at a time, while the case's clock stands still)");
				}
				Instant now = this.clock.instant();
				InformationRequest request = new InformationRequest(UUID.randomUUID(), asked.party(), asked.question(),
						ask.by().username(), now, this.settings.calendar().addWorkingDays(now, asked.days()),
						Optional.empty(), Optional.empty());
				this.requests.add(found.grievance().id(), request);
				this.grievances.event(found.grievance().id(), now, GrievanceEvent.INFORMATION_REQUESTED,
						ask.by().username(), "of " + asked.party().label());
				this.mails.requested(found.grievance(), request);
				GrievanceLog.INFORMATION_REQUESTED.log(ask.number(), request.id(), asked.party().value(),
						request.answerBy(), ask.by().username());
				return Outcome.accepted(request);
			}));
	}

	/**
	 * A question as the form gave it.
	 *
	 * @param number the case
	 * @param by who asks
	 * @param party {@code complainant} or {@code respondent}
	 * @param question what is asked
	 * @param days working days to answer
	 */
	public record Ask(CaseNumber number, Investigator by, String party, String question, String days) {

	}

}

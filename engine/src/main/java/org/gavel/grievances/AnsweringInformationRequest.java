package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.attachments.model.Attachment;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.InformationRequest;
import org.gavel.grievances.model.Panel;
import org.gavel.grievances.model.PanelFile;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.grievances.persistence.InformationRequests;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * A party answers the complaints panel's question: the complainant on the follow-up page
 * (with further evidence if they wish), a representative of the respondent on the reply
 * page. The panel and the secretariat are told; an answer of the complainant restarts the
 * decision clock ({@link DecisionClock}).
 */
@Service
public class AnsweringInformationRequest {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final InformationRequests requests;

	private final Respondents respondents;

	private final FilingGrievance filing;

	private final DecisionClock clocks;

	private final InvestigationMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	AnsweringInformationRequest(Grievances grievances, GrievancePanels panels, InformationRequests requests,
			Respondents respondents, FilingGrievance filing, DecisionClock clocks, InvestigationMails mails,
			GrievanceSettings settings, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.requests = requests;
		this.respondents = respondents;
		this.filing = filing;
		this.clocks = clocks;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Records the answer; call through {@code InvestigationProcesses}, in a transaction
	 * that rolls back on a refusal (an evidence file may be refused after another was
	 * stored).
	 * @param answer who answers which question of which case, with what
	 * @return the request answered and how far the decision deadline moved, or the
	 * refusal by its field
	 */
	public Outcome<Closed> answer(Answer answer) {
		if (answer.evidence().size() > this.settings.evidenceFiles()) {
			return Outcome.refused("evidence", "at most " + this.settings.evidenceFiles() + " files at a time");
		}
		return InformationRequest.answerText(answer.text())
			.then((text) -> this.grievances.found(answer.number())
				.then((grievance) -> grievance.open())
				.then((grievance) -> mayAnswer(grievance, answer).then((request) -> {
					PanelFile file = this.panels.of(grievance.id());
					return this.filing.storeEvidence(grievance, answer.evidence()).map((stored) -> {
						Instant now = this.clock.instant();
						InformationRequest answered = request
							.answered(new InformationRequest.Answer(text, answer.by(), now));
						DecisionClock.Restarted restarted = this.clocks.restart(grievance, file, answered);
						this.requests.answered(request.id(), answered.answer().orElseThrow());
						this.grievances.event(grievance.id(), now, GrievanceEvent.INFORMATION_GIVEN, answer.by(),
								detail(answered, stored, restarted));
						this.mails.answered(grievance, answered, file.panel().map(Panel::members).orElse(List.of()),
								restarted.decideBy());
						GrievanceLog.INFORMATION_GIVEN.log(answer.number(), request.id(), answer.by());
						return new Closed(answered, restarted.days(), restarted.decideBy());
					});
				})));
	}

	private Outcome<InformationRequest> mayAnswer(Grievance grievance, Answer answer) {
		if (answer.party() == InformationRequest.Party.RESPONDENT
				&& !this.respondents.representativesOf(grievance.complaint()).contains(answer.by())) {
			return Outcome.refused(Refusal
				.of("Only the representatives of " + grievance.respondentName() + " answer the questions put to it."));
		}
		if (answer.party() == InformationRequest.Party.RESPONDENT && !answer.evidence().isEmpty()) {
			return Outcome.refused("evidence", "the respondent answers in words; send documents to the secretariat");
		}
		return this.requests.find(grievance.id(), answer.request())
			.map(Outcome::accepted)
			.orElseGet(() -> Outcome.refused("There is no such question on case " + grievance.number() + "."))
			.then((request) -> request.openTo(answer.party()));
	}

	private static String detail(InformationRequest answered, List<Attachment> stored,
			DecisionClock.Restarted restarted) {
		StringBuilder detail = new StringBuilder("by " + answered.party().label());
		if (!stored.isEmpty()) {
			detail.append(", with ").append(String.join(", ", stored.stream().map(Attachment::fileName).toList()));
		}
		if (restarted.days() > 0) {
			detail.append("; the decision deadline moved ").append(restarted.days()).append(" working days later");
		}
		return detail.toString();
	}

	/**
	 * An answer.
	 *
	 * @param number the case
	 * @param request the question answered
	 * @param party who answers: the complainant (who opened the case with its token) or
	 * the respondent
	 * @param by {@code complainant}, or the representative's username
	 * @param text the answer
	 * @param evidence further evidence, the complainant's only
	 */
	public record Answer(CaseNumber number, UUID request, InformationRequest.Party party, String by, String text,
			List<FilingGrievance.Evidence> evidence) {

		public Answer {
			evidence = List.copyOf(evidence);
		}

	}

	/**
	 * A question closed.
	 *
	 * @param request the question, answered or withdrawn
	 * @param clockDays working days the decision deadline moved
	 * @param decideBy the decision's new deadline, if it moved (the decision clock had
	 * started, and the request was open a working day or more)
	 */
	public record Closed(InformationRequest request, int clockDays, Optional<Instant> decideBy) {

	}

}

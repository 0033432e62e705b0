package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.PanelFile;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

import org.springframework.stereotype.Service;

/**
 * A representative of the respondent replies to the complaints panel; the panel is told
 * and its decision falls due {@code gavel.grievances.decide-within} working days later.
 */
@Service
public class ReplyingToGrievance {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final Respondents respondents;

	private final GrievanceMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	ReplyingToGrievance(Grievances grievances, GrievancePanels panels, Respondents respondents, GrievanceMails mails,
			GrievanceSettings settings, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.respondents = respondents;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Records the reply.
	 * @param reply who replies to which case, with what
	 * @return when the panel's decision is due, or the refusal (nothing written)
	 */
	public Outcome<Instant> reply(Reply reply) {
		String text = (reply.text() == null) ? "" : reply.text().strip();
		if (text.isEmpty()) {
			return Outcome.refused("reply", "is required: answer the allegation");
		}
		return this.grievances.found(reply.number())
			.then((grievance) -> grievance.in(Stage.PANEL))
			.then((grievance) -> Outcome.when(
					this.respondents.representativesOf(grievance.complaint()).contains(reply.by()), grievance,
					() -> Refusal.of("Only the representatives of " + grievance.respondentName() + " reply to case "
							+ grievance.number() + ".")))
			.then((grievance) -> {
				PanelFile file = this.panels.of(grievance.id());
				if (file.reply().isPresent()) {
					return Outcome.refused("The reply to case " + grievance.number() + " is in already.");
				}
				Instant now = this.clock.instant();
				Instant decideBy = this.settings.calendar().addWorkingDays(now, this.settings.decideWithin());
				this.panels.replied(grievance.id(), new PanelFile.Reply(text, reply.by(), now));
				this.panels.decisionDue(grievance.id(), decideBy);
				this.grievances.event(grievance.id(), now, GrievanceEvent.REPLIED, reply.by(), null);
				this.mails.replied(grievance, file.panel().orElseThrow().members());
				GrievanceLog.REPLIED.log(grievance.number(), reply.by());
				return Outcome.accepted(decideBy);
			});
	}

	/**
	 * A reply.
	 *
	 * @param number the case
	 * @param by the respondent's representative
	 * @param text what they answer
	 */
	public record Reply(CaseNumber number, String by, String text) {

	}

}

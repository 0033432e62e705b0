package org.gavel.grievances;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Grievance;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.Stage;
import org.gavel.grievances.model.WorkingCalendar;
import org.gavel.grievances.persistence.GrievancePanels;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Actors;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Asks the respondent to reply to the complaints panel, within
 * {@code gavel.grievances.reply-within} working days, and sets when it is reminded
 * ({@link RemindingRespondent}), when a second notice gives it
 * {@code second-notice-within} working days more ({@link SendingSecondNotice}), and when
 * the panel decides without a reply ({@link RecordingSilence}).
 */
@Service
public class NotifyingRespondent {

	private final Grievances grievances;

	private final GrievancePanels panels;

	private final Respondents respondents;

	private final GrievanceMails mails;

	private final GrievanceSettings settings;

	private final Clock clock;

	NotifyingRespondent(Grievances grievances, GrievancePanels panels, Respondents respondents, GrievanceMails mails,
			GrievanceSettings settings, Clock clock) {
		this.grievances = grievances;
		this.panels = panels;
		this.respondents = respondents;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Asks the respondent for its reply.
	 * @param number a case whose panel is formed
	 * @return when to remind, when the reply is due, its last day, and who may reply
	 */
	public Outcome<ReplyRequest> notify(CaseNumber number) {
		return panelCase(number).then((grievance) -> {
			WorkingCalendar calendar = this.settings.calendar();
			Instant now = this.clock.instant();
			Instant replyBy = calendar.addWorkingDays(now, this.settings.replyWithin());
			Instant remindAt = calendar.reminderBefore(now, this.settings.replyWithin(),
					this.settings.replyReminderBefore());
			Instant lastDay = calendar.addWorkingDays(replyBy, this.settings.secondNoticeWithin());
			this.panels.replyDue(grievance.id(), replyBy, lastDay);
			this.grievances.event(grievance.id(), now, GrievanceEvent.RESPONDENT_NOTIFIED, Actors.GAVEL, null);
			this.mails.replyRequested(grievance, replyBy);
			GrievanceLog.RESPONDENT_NOTIFIED.log(number, replyBy);
			return Outcome.accepted(new ReplyRequest(remindAt, replyBy, lastDay,
					this.respondents.representativesOf(grievance.complaint())));
		});
	}

	private Outcome<Grievance> panelCase(CaseNumber number) {
		return this.grievances.found(number).then((grievance) -> grievance.in(Stage.PANEL));
	}

	/**
	 * What the respondent is asked.
	 *
	 * @param remindAt when it is reminded
	 * @param replyBy when its reply is due
	 * @param lastDay the end of the second notice
	 * @param from who may reply: its representatives' usernames
	 */
	public record ReplyRequest(Instant remindAt, Instant replyBy, Instant lastDay, List<String> from) {

	}

}

package org.gavel.grievances;

import org.gavel.system.LogCode;
import org.slf4j.event.Level;

/**
 * The log codes of grievances ({@code GRIEVANCE-0xx}). None names a complainant or
 * carries a token.
 */
public enum GrievanceLog implements LogCode {

	FILED(1, "grievance filed case={} respondent={} category={} evidence={}"),
	FILED_AGAIN(2, "grievance form submitted again case={}: nothing more filed"),
	EVIDENCE_ADDED(3, "evidence added case={} files={}"), WITHDRAWN(4, "grievance withdrawn case={}"),
	TOKEN_REPLACED(5, "follow-up token replaced case={}"),
	TOKEN_REFUSED(6, "follow-up token refused case={} address={}"),
	ACKNOWLEDGED(7, "grievance acknowledged case={} by={}"),
	ACKNOWLEDGEMENT_OVERDUE(8, "grievance acknowledgement overdue case={}: secretariat alerted"),
	RETURNED_INCOMPLETE(9, "grievance returned as incomplete case={} completeBy={}"),
	COMPLETED(10, "grievance completed by its complainant case={} files={}"),
	CLOSED_INCOMPLETE(11, "grievance closed as incomplete case={}"),
	TRIAGED(12, "grievance triaged case={} admissibility={} risk={}"),
	ROUTED(13, "grievance routed case={} stage={} overridden={}"),
	ACKNOWLEDGEMENT_REMINDER(14, "secretariat reminded to acknowledge case={} by={}"),
	ENGAGEMENT_OPENED(15, "bilateral engagement opened case={} dueBy={}"),
	CHECKED_IN(16, "parties asked how the engagement goes case={}"),
	RESOLVED(17, "grievance resolved bilaterally and closed case={}"),
	ESCALATED_TO_PANEL(18, "grievance escalated to the complaints panel case={} why={}"),
	CONFLICT_DECLARED(19, "panel member declared a conflict case={} member={}"),
	PANEL_FORMED(20, "complaints panel formed case={} members={}"),
	RESPONDENT_NOTIFIED(21, "respondent asked to reply case={} replyBy={}"),
	RESPONDENT_REMINDED(22, "respondent reminded to reply case={} replyBy={}"),
	SECOND_NOTICE(23, "respondent's reply overdue case={}: second notice, last day {}"),
	REPLY_LAPSED(24, "respondent did not reply case={}: the panel decides without a reply"),
	REPLIED(25, "respondent replied case={} by={}"),
	PANEL_DECIDED(26, "complaints panel decided case={} finding={} actions={} by={}"),
	DECISION_OVERDUE(27, "complaints panel decision overdue case={}: secretariat and panel alerted"),
	NO_HOLIDAYS(28, "no holidays configured for {} in {}: grievance deadlines there count every day but the weekend;"
			+ " set gavel.grievances.holidays");

	private final Entry entry;

	GrievanceLog(int number, String message) {
		this.entry = Entry.of("GRIEVANCE", number,
				(number == 6 || number == 8 || number == 23 || number == 24 || number == 27 || number == 28)
						? Level.WARN : Level.INFO,
				message);
	}

	@Override
	public Entry entry() {
		return this.entry;
	}

}

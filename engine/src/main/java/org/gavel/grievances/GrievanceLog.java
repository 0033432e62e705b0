package org.gavel.grievances;

import org.gavel.system.LogCode;
import org.slf4j.event.Level;

/**
 * The log codes of grievances ({@code GRIEVANCE-0xx}). None names a complainant or
 * carries a token.
 */
public enum GrievanceLog implements LogCode {

	FILED(1, Level.INFO, "grievance filed case={} respondent={} category={} evidence={}"),
	FILED_AGAIN(2, Level.INFO, "grievance form submitted again case={}: nothing more filed"),
	EVIDENCE_ADDED(3, Level.INFO, "evidence added case={} files={}"),
	WITHDRAWN(4, Level.INFO, "grievance withdrawn case={}"),
	TOKEN_REPLACED(5, Level.INFO, "follow-up token replaced case={}"),
	TOKEN_REFUSED(6, Level.WARN, "follow-up token refused case={} address={}"),
	ACKNOWLEDGED(7, Level.INFO, "grievance acknowledged case={} by={}"),
	ACKNOWLEDGEMENT_OVERDUE(8, Level.WARN, "grievance acknowledgement overdue case={}: secretariat alerted"),
	RETURNED_INCOMPLETE(9, Level.INFO, "grievance returned as incomplete case={} completeBy={}"),
	COMPLETED(10, Level.INFO, "grievance completed by its complainant case={} files={}"),
	CLOSED_INCOMPLETE(11, Level.INFO, "grievance closed as incomplete case={}"),
	TRIAGED(12, Level.INFO, "grievance triaged case={} admissibility={} risk={}"),
	ROUTED(13, Level.INFO, "grievance routed case={} stage={} overridden={}"),
	ACKNOWLEDGEMENT_REMINDER(14, Level.INFO, "secretariat reminded to acknowledge case={} by={}"),
	ENGAGEMENT_OPENED(15, Level.INFO, "bilateral engagement opened case={} dueBy={}"),
	CHECKED_IN(16, Level.INFO, "parties asked how the engagement goes case={}"),
	RESOLVED(17, Level.INFO, "grievance resolved bilaterally and closed case={}"),
	ESCALATED_TO_PANEL(18, Level.INFO, "grievance escalated to the complaints panel case={} why={}"),
	CONFLICT_DECLARED(19, Level.INFO, "panel member declared a conflict case={} member={}"),
	PANEL_FORMED(20, Level.INFO, "complaints panel formed case={} members={}"),
	RESPONDENT_NOTIFIED(21, Level.INFO, "respondent asked to reply case={} replyBy={}"),
	RESPONDENT_REMINDED(22, Level.INFO, "respondent reminded to reply case={} replyBy={}"),
	SECOND_NOTICE(23, Level.WARN, "respondent's reply overdue case={}: second notice, last day {}"),
	REPLY_LAPSED(24, Level.WARN, "respondent did not reply case={}: the panel decides without a reply"),
	REPLIED(25, Level.INFO, "respondent replied case={} by={}"),
	PANEL_DECIDED(26, Level.INFO, "complaints panel decided case={} finding={} actions={} sanction={} by={}"),
	DECISION_OVERDUE(27, Level.WARN, "complaints panel decision overdue case={}: secretariat and panel alerted"),
	NO_HOLIDAYS(28, Level.WARN,
			"no holidays configured for {} in {}: grievance deadlines there count every day but the weekend;"
					+ " set gavel.grievances.holidays"),
	DECISION_PUBLISHED(29, Level.INFO, "complaints panel decision published case={} appealBy={}"),
	APPEALED(30, Level.INFO, "decision appealed case={} by={}"),
	APPEAL_PANEL_FORMED(31, Level.INFO, "appeal panel formed case={} members={} decideBy={}"),
	APPEAL_DECIDED(32, Level.INFO, "appeal panel decided case={} result={} by={}"),
	APPEAL_DECISION_OVERDUE(33, Level.WARN, "appeal panel decision overdue case={}: secretariat and panel alerted"),
	DECISION_FINAL(34, Level.INFO, "decision final case={} appealed={} actions={}"),
	ACTION_COMPLETED(35, Level.INFO, "corrective action found completed case={} action={} by={}"),
	ACTIONS_REMINDER(36, Level.INFO, "respondent reminded of corrective actions case={} open={}"),
	ACTIONS_OVERDUE(37, Level.WARN, "corrective actions overdue case={} open={}: secretariat and respondent alerted"),
	CLOSED(38, Level.INFO, "grievance closed with the decision in force case={} by={}"),
	PUT_TO_VOTE(39, Level.INFO, "complaints panel without consensus puts its decision to a vote case={} roll={} by={}"),
	PANEL_VOTED(70, Level.INFO, "complaints panel vote counted case={} ballot={} outcome={}"),
	// 029 to 039: the appeal and the monitoring of corrective actions
	INTERIM_MEASURE_RECORDED(40, Level.INFO, "interim measure recorded case={} measure={} from={} until={} by={}"),
	INTERIM_MEASURE_LIFTED(41, Level.INFO, "interim measure lifted case={} measure={} by={}"),
	NOTE_ADDED(42, Level.INFO, "internal note added case={} by={}"),
	INFORMATION_REQUESTED(43, Level.INFO, "information requested case={} request={} from={} answerBy={} by={}"),
	INFORMATION_GIVEN(44, Level.INFO, "information given case={} request={} by={}"),
	INFORMATION_REQUEST_WITHDRAWN(45, Level.INFO, "request for information withdrawn case={} request={} by={}"),
	DECISION_DEADLINE_MOVED(46, Level.INFO,
			"decision deadline moved case={} by {} working days to {}: the complainant's answer was awaited"),
	EVIDENCE_SHARING_DECIDED(47, Level.INFO, "evidence sharing decided case={} file={} sharing={} by={}"),
	SANCTION_RULED(48, Level.INFO, "EC ruled on the sanction case={} sanction={} ruling={} approval={}"),
	SUSPENSION_LIFTED(49, Level.INFO, "suspension of membership lifted case={} by={}");

	private final Entry entry;

	GrievanceLog(int number, Level level, String message) {
		this.entry = Entry.of("GRIEVANCE", number, level, message);
	}

	@Override
	public Entry entry() {
		return this.entry;
	}

}

package org.gavel.resolutions.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dates of a General Assembly and the rules they must keep: the statutory notice
 * before the meeting, a submission deadline before the voting window, and an online
 * window that closes by the time the meeting starts.
 *
 * @param startsAt when the meeting starts
 * @param zone the time zone its dates are given and shown in
 * @param noticeGivenOn the day members were (or are) given notice of it
 * @param noticeDays the statutory notice period in days
 * @param submissionDeadline the last moment to submit a resolution
 * @param votingOpensAt when online voting opens (after the discussion window)
 * @param votingClosesAt when online voting closes
 */
public record Schedule(Instant startsAt, ZoneId zone, LocalDate noticeGivenOn, int noticeDays,
		Instant submissionDeadline, Instant votingOpensAt, Instant votingClosesAt) {

	/**
	 * What is wrong with the dates, by form field.
	 * @param now the time the schedule is set
	 * @return the problems by field (empty when the schedule keeps every rule)
	 */
	public Map<String, String> problems(Instant now) {
		return problems(now, null);
	}

	/**
	 * What is wrong with the dates of an assembly moved to this schedule.
	 * @param now the time the schedule is set
	 * @param closedDeadline the submission deadline, when it has passed already: then it
	 * cannot move (the drafts it ended stay ended); {@code null} while submissions are
	 * open
	 * @return the problems by field (empty when the schedule keeps every rule)
	 */
	public Map<String, String> problems(Instant now, Instant closedDeadline) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate today = now.atZone(this.zone).toLocalDate();
		LocalDate earliest = this.noticeGivenOn.plusDays(this.noticeDays);
		LocalDate meeting = this.startsAt.atZone(this.zone).toLocalDate();
		if (this.noticeGivenOn.isAfter(today)) {
			problems.put("noticeGivenOn", "cannot be after today (" + today + ")");
		}
		else if (meeting.isBefore(earliest)) {
			problems.put("startsAt",
					"breaks the statutory notice of " + this.noticeDays + " days: with notice given on "
							+ this.noticeGivenOn + " the General Assembly can be held on " + earliest
							+ " at the earliest");
		}
		if (closedDeadline != null && !closedDeadline.equals(this.submissionDeadline)) {
			problems.put("submissionDeadline", "submissions closed at "
					+ closedDeadline.atZone(this.zone).toLocalDateTime() + ": that deadline can no longer move");
		}
		else if (closedDeadline == null && !this.submissionDeadline.isAfter(now)) {
			problems.put("submissionDeadline", "has passed already");
		}
		else if (!this.submissionDeadline.isBefore(this.votingOpensAt)) {
			problems.put("submissionDeadline", "must be before voting opens, to leave time for review and the booklet");
		}
		if (!this.votingOpensAt.isBefore(this.votingClosesAt)) {
			problems.put("votingClosesAt", "must be after voting opens");
		}
		else if (this.votingClosesAt.isAfter(this.startsAt)) {
			problems.put("votingClosesAt", "must be no later than the start of the General Assembly");
		}
		return problems;
	}

}

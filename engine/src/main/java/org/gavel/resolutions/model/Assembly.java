package org.gavel.resolutions.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.gavel.system.Dates;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * A General Assembly the secretariat has scheduled.
 *
 * @param id its id
 * @param title e.g. "General Assembly 2027"
 * @param place where it meets, or {@code null} when it is held online only
 * @param startsAt when the meeting starts
 * @param zone the time zone of its dates
 * @param noticeGivenOn when notice was given
 * @param noticeDays the statutory notice period
 * @param submissionDeadline the last moment to submit a resolution
 * @param votingOpensAt when online voting opens
 * @param votingClosesAt when online voting closes
 * @param inRoomSession whether in-room votes are taken at the meeting too (hybrid)
 * @param ordinaryRuleSet the rule set of ordinary resolutions
 * @param statutoryRuleSet the rule set of statutory resolutions
 * @param rollId the electoral roll frozen when voting first opened, or {@code null}
 * @param bookletPublishedAt when the booklet was published, or {@code null}
 * @param createdBy who scheduled it
 */
public record Assembly(UUID id, String title, String place, Instant startsAt, ZoneId zone, LocalDate noticeGivenOn,
		int noticeDays, Instant submissionDeadline, Instant votingOpensAt, Instant votingClosesAt,
		boolean inRoomSession, String ordinaryRuleSet, String statutoryRuleSet, UUID rollId, Instant bookletPublishedAt,
		String createdBy) {

	public String ruleSet(ResolutionType type) {
		return (type == ResolutionType.STATUTORY) ? this.statutoryRuleSet : this.ordinaryRuleSet;
	}

	public Schedule schedule() {
		return new Schedule(this.startsAt, this.zone, this.noticeGivenOn, this.noticeDays, this.submissionDeadline,
				this.votingOpensAt, this.votingClosesAt);
	}

	public boolean online() {
		return this.place == null;
	}

	/**
	 * Checks resolutions may still be drafted, submitted or gather co-sponsors.
	 * @param now the time now
	 * @return this, or why not
	 */
	public Outcome<Assembly> openForSubmissions(Instant now) {
		return Outcome.when(now.isBefore(this.submissionDeadline), this,
				() -> Refusal.of("Too late: the submission deadline of " + this.title + " ("
						+ Dates.at(this.submissionDeadline, this.zone) + ") has passed."));
	}

}

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

	/**
	 * A new assembly, as the secretariat schedules it.
	 * @param id its id
	 * @param details its title, place and rule sets
	 * @param schedule its dates
	 * @param by who schedules it
	 * @return the assembly, with no roll and no booklet yet
	 */
	public static Assembly scheduled(UUID id, Details details, Schedule schedule, String by) {
		return new Assembly(id, details.title(), details.place(), schedule.startsAt(), schedule.zone(),
				schedule.noticeGivenOn(), schedule.noticeDays(), schedule.submissionDeadline(),
				schedule.votingOpensAt(), schedule.votingClosesAt(), details.inRoomSession(), details.ordinaryRuleSet(),
				details.statutoryRuleSet(), null, null, by);
	}

	/**
	 * This assembly with new details and dates, keeping its id, author, roll and booklet.
	 * @param details its new title, place and rule sets
	 * @param schedule its new dates
	 * @return the assembly changed
	 */
	public Assembly changed(Details details, Schedule schedule) {
		return new Assembly(this.id, details.title(), details.place(), schedule.startsAt(), schedule.zone(),
				schedule.noticeGivenOn(), schedule.noticeDays(), schedule.submissionDeadline(),
				schedule.votingOpensAt(), schedule.votingClosesAt(), details.inRoomSession(), details.ordinaryRuleSet(),
				details.statutoryRuleSet(), this.rollId, this.bookletPublishedAt, this.createdBy);
	}

	/**
	 * Checks the assembly may still be moved: voting has not opened.
	 * @param now the time now
	 * @return this, or why not, by the voting field
	 */
	public Outcome<Assembly> movable(Instant now) {
		return Outcome.when(this.votingOpensAt.isAfter(now) && this.rollId == null, this,
				() -> Refusal.of("votingOpensAt", "voting opened at " + Dates.at(this.votingOpensAt, this.zone)
						+ ": the ballots hold their roll and window, so the assembly can no longer be moved"));
	}

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

	/**
	 * What the secretariat writes of an assembly besides its dates.
	 *
	 * @param title its title
	 * @param place where it meets, or {@code null} when online
	 * @param inRoomSession whether it also votes in the room
	 * @param ordinaryRuleSet the rule set of ordinary resolutions
	 * @param statutoryRuleSet the rule set of statutory resolutions
	 */
	public record Details(String title, String place, boolean inRoomSession, String ordinaryRuleSet,
			String statutoryRuleSet) {

	}

}

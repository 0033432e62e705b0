package org.gavel.voting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.gavel.voting.model.Attendance;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Check;
import org.gavel.voting.model.Meeting;
import org.gavel.voting.model.MeetingQuorum;
import org.gavel.voting.model.Quorum;
import org.gavel.voting.persistence.Meetings;
import org.gavel.voting.persistence.Votes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and their attendance registers: the secretariat sets a meeting up, opens its
 * ballots in it, and records who is present in the room and who is represented by a
 * proxy. Where a ballot's rule set counts quorum for the meeting, the register gives the
 * quorum of every ballot of the meeting ({@link MeetingQuorum}); it can be corrected
 * until the first of them is counted, and is frozen from then on ({@code VOTING-018},
 * {@code VOTING-019}).
 */
@Service
public class HoldingMeetings {

	private final Meetings meetings;

	private final Votes votes;

	private final Clock clock;

	HoldingMeetings(Meetings meetings, Votes votes, Clock clock) {
		this.meetings = meetings;
		this.votes = votes;
		this.clock = clock;
	}

	/**
	 * Sets a meeting up.
	 * @param command its title and time
	 * @return the meeting, or why not
	 */
	@Transactional
	public Outcome<Meeting> create(CreateMeeting command) {
		if (command.title() == null || command.title().isBlank() || command.title().length() > 500) {
			return Outcome.refused("title", "is required, at most 500 characters");
		}
		Meeting meeting = new Meeting(UUID.randomUUID(), command.title().strip(), command.heldAt(), command.zone(),
				command.by());
		this.meetings.add(meeting, this.clock.instant());
		VotingLog.MEETING_CREATED.log(meeting.id(), meeting.title(), meeting.heldAt(), meeting.createdBy());
		return Outcome.accepted(meeting);
	}

	public Optional<Meeting> find(UUID id) {
		return this.meetings.find(id);
	}

	public List<Meeting> all() {
		return this.meetings.all();
	}

	public List<Attendance> register(UUID meeting) {
		return this.meetings.register(meeting);
	}

	public List<Meetings.BallotOfMeeting> ballots(UUID meeting) {
		return this.meetings.ballots(meeting);
	}

	/**
	 * Records a meeting's attendance register, replacing the one recorded before.
	 * @param command the meeting, its lines, who records them
	 * @return the register as stored, or why not
	 */
	@Transactional
	public Outcome<List<Attendance>> record(RecordAttendance command) {
		if (this.meetings.find(command.meeting()).isEmpty()) {
			return Outcome.refused(Refusal.of("There is no meeting " + command.meeting() + "."));
		}
		// the meeting's ballots are taken first: a ballot being counted now finishes with
		// the register as it was, and is seen counted here
		Optional<Meetings.BallotOfMeeting> counted = this.meetings.takeBallots(command.meeting())
			.stream()
			.filter(Meetings.BallotOfMeeting::counted)
			.findFirst();
		if (counted.isPresent()) {
			return Outcome.refused(Refusal.of("The register is closed: \"" + counted.get().title()
					+ "\" was counted with it, so it stands as it was then."));
		}
		Map<String, String> problems = new LinkedHashMap<>();
		Set<String> places = new HashSet<>();
		for (int i = 0; i < command.register().size(); i++) {
			Attendance line = command.register().get(i);
			if (line.place().isBlank() || line.place().length() > 255) {
				problems.put("attendance[" + i + "].place", "is required, at most 255 characters");
			}
			else if (!places.add(line.place())) {
				problems.put("attendance[" + i + "].place", "'" + line.place() + "' is in the register twice");
			}
			if (line.representedBy() != null && line.representedBy().length() > 255) {
				problems.put("attendance[" + i + "].representedBy", "is longer than 255 characters");
			}
		}
		if (!problems.isEmpty()) {
			return Outcome.refused(Refusal.ofFields(problems));
		}
		this.meetings.replaceRegister(command.meeting(), command.register(), command.by(), this.clock.instant());
		VotingLog.ATTENDANCE_RECORDED.log(command.meeting(), count(command.register(), Attendance.Presence.PRESENT),
				count(command.register(), Attendance.Presence.REPRESENTED), command.by());
		return Outcome.accepted(this.meetings.register(command.meeting()));
	}

	/**
	 * A ballot's quorum where its rule set counts quorum for the meeting.
	 * @param ballot the ballot
	 * @return the meeting's quorum checks against the ballot's roll, or {@code null} when
	 * the rule set counts quorum per ballot or the ballot belongs to no meeting
	 */
	public List<Check> quorumOf(Ballot ballot) {
		Quorum quorum = ballot.rules().quorum();
		if (quorum == null || quorum.level() != Quorum.Level.MEETING || ballot.meetingId() == null) {
			return null;
		}
		Meeting meeting = this.meetings.find(ballot.meetingId()).orElse(null);
		if (meeting == null) {
			return null;
		}
		Map<String, Attendance> register = new LinkedHashMap<>();
		this.meetings.register(meeting.id()).forEach((line) -> register.put(line.place(), line));
		return MeetingQuorum.check(meeting.title(), quorum, List.copyOf(ballot.roll().values()), register,
				this.votes.voters(ballot.id()));
	}

	private static long count(List<Attendance> register, Attendance.Presence presence) {
		return register.stream().filter((line) -> line.presence() == presence).count();
	}

	/**
	 * Set a meeting up.
	 *
	 * @param title what it is called
	 * @param heldAt when it meets
	 * @param zone the time zone it is shown in
	 * @param by who sets it up
	 */
	public record CreateMeeting(String title, Instant heldAt, ZoneId zone, String by) {

	}

	/**
	 * Record a meeting's attendance.
	 *
	 * @param meeting the meeting
	 * @param register who is present and who represented, by place; a place not listed is
	 * absent
	 * @param by who records it
	 */
	public record RecordAttendance(UUID meeting, List<Attendance> register, String by) {

	}

}

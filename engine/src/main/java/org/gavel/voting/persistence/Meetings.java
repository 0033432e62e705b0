package org.gavel.voting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.voting.model.Attendance;
import org.gavel.voting.model.Meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Meetings, their attendance registers, and the ballots voted in them.
 */
@Repository
public class Meetings {

	private final JdbcClient jdbc;

	Meetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Meeting meeting, Instant createdAt) {
		this.jdbc.sql("""
				insert into gavel.meeting (id, title, held_at, time_zone, created_by, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(meeting.id(), meeting.title(), Timestamp.from(meeting.heldAt()), meeting.zone().getId(),
					meeting.createdBy(), Timestamp.from(createdAt))
			.update();
	}

	public Optional<Meeting> find(UUID id) {
		return this.jdbc.sql("select * from gavel.meeting where id = ?")
			.param(id)
			.query((rs, row) -> meeting(rs))
			.optional();
	}

	/**
	 * Every meeting, the latest first.
	 * @return the meetings
	 */
	public List<Meeting> all() {
		return this.jdbc.sql("select * from gavel.meeting order by held_at desc")
			.query((rs, row) -> meeting(rs))
			.list();
	}

	/**
	 * A meeting's attendance register.
	 * @param meeting the meeting
	 * @return its lines, by place
	 */
	public List<Attendance> register(UUID meeting) {
		return this.jdbc.sql("select * from gavel.meeting_attendance where meeting_id = ? order by place")
			.param(meeting)
			.query((rs, row) -> new Attendance(rs.getString("place"),
					Attendance.Presence.valueOf(rs.getString("presence")), rs.getString("represented_by")))
			.list();
	}

	/**
	 * Replaces a meeting's attendance register.
	 * @param meeting the meeting
	 * @param register the lines
	 * @param by who records it
	 * @param at when
	 */
	public void replaceRegister(UUID meeting, List<Attendance> register, String by, Instant at) {
		this.jdbc.sql("delete from gavel.meeting_attendance where meeting_id = ?").param(meeting).update();
		for (Attendance line : register) {
			this.jdbc.sql("""
					insert into gavel.meeting_attendance (meeting_id, place, presence, represented_by, recorded_by,
					    recorded_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(meeting, line.place(), line.presence().name(), line.representedBy(), by, Timestamp.from(at))
				.update();
		}
	}

	/**
	 * The ballots voted in a meeting.
	 * @param meeting the meeting
	 * @return their identifiers and titles, and whether each is counted
	 */
	public List<BallotOfMeeting> ballots(UUID meeting) {
		return this.jdbc
			.sql("select id, title, roll_id, closed_at from gavel.ballot where meeting_id = ? order by opens_at")
			.param(meeting)
			.query((rs, row) -> ballot(rs))
			.list();
	}

	/**
	 * Within a transaction, takes the meeting's ballots so that none is counted while its
	 * register changes (closing a ballot takes its row the same way), and reads them as
	 * they are once taken.
	 * @param meeting the meeting
	 * @return its ballots
	 */
	public List<BallotOfMeeting> takeBallots(UUID meeting) {
		return this.jdbc.sql("select id, title, roll_id, closed_at from gavel.ballot where meeting_id = ? for update")
			.param(meeting)
			.query((rs, row) -> ballot(rs))
			.list();
	}

	private static BallotOfMeeting ballot(ResultSet rs) throws SQLException {
		return new BallotOfMeeting(rs.getObject("id", UUID.class), rs.getString("title"),
				rs.getObject("roll_id", UUID.class), rs.getTimestamp("closed_at") != null);
	}

	private static Meeting meeting(ResultSet rs) throws SQLException {
		return new Meeting(rs.getObject("id", UUID.class), rs.getString("title"),
				rs.getTimestamp("held_at").toInstant(), ZoneId.of(rs.getString("time_zone")),
				rs.getString("created_by"));
	}

	/**
	 * A ballot of a meeting.
	 *
	 * @param id the ballot
	 * @param title its title
	 * @param rollId its electoral roll
	 * @param counted whether it has been counted
	 */
	public record BallotOfMeeting(UUID id, String title, UUID rollId, boolean counted) {

	}

}

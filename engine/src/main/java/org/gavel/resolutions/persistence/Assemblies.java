package org.gavel.resolutions.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.resolutions.model.Assembly;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The General Assemblies.
 */
@Repository
public class Assemblies {

	private final JdbcClient jdbc;

	Assemblies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Assembly a, Instant createdAt) {
		this.jdbc.sql("""
				insert into gavel.assembly (id, title, place, starts_at, time_zone, notice_given_on, notice_days,
				    submission_deadline, voting_opens_at, voting_closes_at, in_room_session, ordinary_rule_set,
				    statutory_rule_set, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.title(), a.place(), Timestamp.from(a.startsAt()), a.zone().getId(),
					Date.valueOf(a.noticeGivenOn()), a.noticeDays(), Timestamp.from(a.submissionDeadline()),
					Timestamp.from(a.votingOpensAt()), Timestamp.from(a.votingClosesAt()), a.inRoomSession(),
					a.ordinaryRuleSet(), a.statutoryRuleSet(), a.createdBy(), Timestamp.from(createdAt))
			.update();
	}

	/**
	 * Reads an assembly and locks its row until the transaction ends, so that nothing
	 * else (a rescheduling, voting opening) changes it meanwhile.
	 * @param id the assembly
	 * @return the assembly, if there is one
	 */
	public Optional<Assembly> lock(UUID id) {
		return this.jdbc.sql("select * from gavel.assembly where id = ? for update")
			.param(id)
			.query(Assemblies::assembly)
			.optional();
	}

	/**
	 * Stores an assembly's new title, place, dates and rule sets.
	 * @param a the assembly as it is now
	 */
	public void reschedule(Assembly a) {
		this.jdbc.sql("""
				update gavel.assembly set title = ?, place = ?, starts_at = ?, time_zone = ?, notice_given_on = ?,
				    submission_deadline = ?, voting_opens_at = ?, voting_closes_at = ?, in_room_session = ?,
				    ordinary_rule_set = ?, statutory_rule_set = ?
				where id = ?""")
			.params(a.title(), a.place(), Timestamp.from(a.startsAt()), a.zone().getId(),
					Date.valueOf(a.noticeGivenOn()), Timestamp.from(a.submissionDeadline()),
					Timestamp.from(a.votingOpensAt()), Timestamp.from(a.votingClosesAt()), a.inRoomSession(),
					a.ordinaryRuleSet(), a.statutoryRuleSet(), a.id())
			.update();
	}

	public Optional<Assembly> find(UUID id) {
		return this.jdbc.sql("select * from gavel.assembly where id = ?")
			.param(id)
			.query(Assemblies::assembly)
			.optional();
	}

	/**
	 * Every assembly, the latest first.
	 * @return the assemblies
	 */
	public List<Assembly> list() {
		return this.jdbc.sql("select * from gavel.assembly order by starts_at desc, id")
			.query(Assemblies::assembly)
			.list();
	}

	/**
	 * Locks an assembly's row until the transaction ends, so one roll is taken for it.
	 * @param id the assembly
	 * @return its roll, if taken
	 */
	public Optional<UUID> lockRoll(UUID id) {
		List<UUID> rolls = this.jdbc.sql("select roll_id from gavel.assembly where id = ? for update")
			.param(id)
			.query((rs, row) -> rs.getObject("roll_id", UUID.class))
			.list();
		return Optional.ofNullable(rolls.get(0));
	}

	public void roll(UUID id, UUID rollId) {
		this.jdbc.sql("update gavel.assembly set roll_id = ? where id = ?").params(rollId, id).update();
	}

	/**
	 * Marks the booklet published, once.
	 * @return false when it was published already
	 */
	public boolean bookletPublished(UUID id, Instant at) {
		return this.jdbc
			.sql("update gavel.assembly set booklet_published_at = ? where id = ? and booklet_published_at is null")
			.params(Timestamp.from(at), id)
			.update() == 1;
	}

	private static Assembly assembly(ResultSet rs, int row) throws SQLException {
		Timestamp booklet = rs.getTimestamp("booklet_published_at");
		return new Assembly(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("place"),
				rs.getTimestamp("starts_at").toInstant(), ZoneId.of(rs.getString("time_zone")),
				rs.getDate("notice_given_on").toLocalDate(), rs.getInt("notice_days"),
				rs.getTimestamp("submission_deadline").toInstant(), rs.getTimestamp("voting_opens_at").toInstant(),
				rs.getTimestamp("voting_closes_at").toInstant(), rs.getBoolean("in_room_session"),
				rs.getString("ordinary_rule_set"), rs.getString("statutory_rule_set"),
				rs.getObject("roll_id", UUID.class), (booklet != null) ? booklet.toInstant() : null,
				rs.getString("created_by"));
	}

}

package org.gavel.membership.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.gavel.membership.model.ElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.membership.model.MemberType;
import org.gavel.membership.model.RollEntry;
import org.gavel.membership.model.RollNote;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored electoral rolls. Rolls are inserted whole and never updated.
 */
@Repository
public class ElectoralRolls {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ElectoralRolls(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public void add(ElectoralRoll roll) {
		this.jdbc.sql("""
				insert into gavel.electoral_roll (id, electorate, per_organisation, cut_off, taken_at, taken_by,
				    previous_roll_id, entry_count)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(roll.id(), roll.key(), roll.perOrganisation(), Timestamp.from(roll.cutOff()),
					Timestamp.from(roll.takenAt()), roll.takenBy(), roll.previousId(), roll.entries().size())
			.update();
		List<RollEntry> entries = roll.entries();
		this.batch.batchUpdate("""
				insert into gavel.electoral_roll_entry (roll_id, position, voter, voter_name, organisation_id,
				    organisation_name, category, sub_chamber, member_type)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", IntStream.range(0, entries.size()).mapToObj((i) -> {
			RollEntry entry = entries.get(i);
			return new Object[] { roll.id(), i, entry.voter(), entry.voterName(), entry.organisationId(),
					entry.organisationName(), entry.category(), entry.subChamber(), entry.memberType().name() };
		}).toList());
		List<RollNote> notes = roll.notes();
		this.batch.batchUpdate(
				"insert into gavel.electoral_roll_note (roll_id, position, subject, note) values (?, ?, ?, ?)",
				IntStream.range(0, notes.size())
					.mapToObj((i) -> new Object[] { roll.id(), i, notes.get(i).subject(), notes.get(i).note() })
					.toList());
	}

	public Optional<ElectoralRoll> find(UUID id) {
		return this.jdbc.sql("select * from gavel.electoral_roll where id = ?")
			.param(id)
			.query(this::header)
			.optional()
			.map(this::withEntriesAndNotes);
	}

	public Optional<ElectoralRoll> latest(Electorate electorate) {
		return latest(electorate.name());
	}

	/**
	 * The latest roll of an electorate.
	 * @param key a built-in electorate's name or a configured one's identifier
	 * @return the roll, with its entries and notes
	 */
	public Optional<ElectoralRoll> latest(String key) {
		return this.jdbc.sql("select * from gavel.electoral_roll where electorate = ? order by taken_at desc limit 1")
			.param(key)
			.query(this::header)
			.optional()
			.map(this::withEntriesAndNotes);
	}

	/**
	 * Lists rolls, newest first, without their entries.
	 * @return roll headers
	 */
	public List<ElectoralRoll> list() {
		return this.jdbc.sql("select * from gavel.electoral_roll order by taken_at desc").query(this::header).list();
	}

	private ElectoralRoll withEntriesAndNotes(ElectoralRoll header) {
		List<RollEntry> entries = this.jdbc
			.sql("select * from gavel.electoral_roll_entry where roll_id = ? order by position")
			.param(header.id())
			.query((rs, row) -> new RollEntry(rs.getString("voter"), rs.getString("voter_name"),
					rs.getString("organisation_id"), rs.getString("organisation_name"), rs.getString("category"),
					rs.getString("sub_chamber"), MemberType.valueOf(rs.getString("member_type"))))
			.list();
		List<RollNote> notes = this.jdbc
			.sql("select * from gavel.electoral_roll_note where roll_id = ? order by position")
			.param(header.id())
			.query((rs, row) -> new RollNote(rs.getString("subject"), rs.getString("note")))
			.list();
		return new ElectoralRoll(header.id(), header.electorate(), header.configured(), header.perOrganisation(),
				header.cutOff(), header.takenAt(), header.takenBy(), header.previousId(), entries, notes);
	}

	private ElectoralRoll header(ResultSet rs, int row) throws SQLException {
		String key = rs.getString("electorate");
		Electorate electorate = Arrays.stream(Electorate.values())
			.filter((builtIn) -> builtIn.name().equals(key))
			.findFirst()
			.orElse(Electorate.CONFIGURED);
		return new ElectoralRoll(rs.getObject("id", UUID.class), electorate,
				(electorate == Electorate.CONFIGURED) ? key : null, rs.getBoolean("per_organisation"),
				instant(rs, "cut_off"), instant(rs, "taken_at"), rs.getString("taken_by"),
				rs.getObject("previous_roll_id", UUID.class), List.of(), List.of());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

}

package org.gavel.grievances.persistence;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.gavel.grievances.model.InternalNote;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The internal notes of the investigations, for the panel and the secretariat only.
 */
@Repository
public class InternalNotes {

	private final JdbcClient jdbc;

	InternalNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(UUID grievance, InternalNote note) {
		this.jdbc
			.sql("insert into gavel.grievance_note (id, grievance_id, note, written_by, written_at) "
					+ "values (?, ?, ?, ?, ?)")
			.params(note.id(), grievance, note.text(), note.author(), Timestamp.from(note.at()))
			.update();
	}

	/**
	 * A case's notes, oldest first.
	 * @param grievance the case
	 * @return its notes
	 */
	public List<InternalNote> of(UUID grievance) {
		return this.jdbc
			.sql("select id, note, written_by, written_at from gavel.grievance_note where grievance_id = ? "
					+ "order by written_at, id")
			.param(grievance)
			.query((rs, row) -> new InternalNote(rs.getObject("id", UUID.class), rs.getString("note"),
					rs.getString("written_by"), rs.getTimestamp("written_at").toInstant()))
			.list();
	}

}

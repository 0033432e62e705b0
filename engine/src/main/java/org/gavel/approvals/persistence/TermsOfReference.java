package org.gavel.approvals.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Working groups' terms of reference, every version kept.
 */
@Repository
public class TermsOfReference {

	private final JdbcClient jdbc;

	TermsOfReference(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Draft draft) {
		this.jdbc
			.sql("insert into gavel.terms_of_reference (id, working_group, drafted_by, created_at) values (?, ?, ?, ?)")
			.params(draft.id(), draft.workingGroup(), draft.draftedBy(), Timestamp.from(draft.createdAt()))
			.update();
	}

	/**
	 * Stores a version; the key refuses two versions with the same number.
	 * @param v the version
	 */
	public void addVersion(Version v) {
		this.jdbc.sql("""
				insert into gavel.terms_of_reference_version (tor_id, version, title, purpose, scope, deliverables,
				    membership, timeline, change_note, written_by, written_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(v.torId(), v.number(), v.title(), v.purpose(), v.scope(), v.deliverables(), v.membership(),
					v.timeline(), v.changeNote(), v.writtenBy(), Timestamp.from(v.writtenAt()))
			.update();
	}

	public Optional<Draft> find(UUID id) {
		return this.jdbc.sql("select * from gavel.terms_of_reference where id = ?")
			.param(id)
			.query((rs, row) -> new Draft(id, rs.getString("working_group"), rs.getString("drafted_by"),
					rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	public List<Draft> list() {
		return this.jdbc.sql("select * from gavel.terms_of_reference order by created_at desc, id")
			.query((rs, row) -> new Draft(rs.getObject("id", UUID.class), rs.getString("working_group"),
					rs.getString("drafted_by"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * Every version, oldest first.
	 * @param id the terms of reference
	 * @return the versions
	 */
	public List<Version> versions(UUID id) {
		return this.jdbc.sql("select * from gavel.terms_of_reference_version where tor_id = ? order by version")
			.param(id)
			.query((rs, row) -> new Version(id, rs.getInt("version"), rs.getString("title"), rs.getString("purpose"),
					rs.getString("scope"), rs.getString("deliverables"), rs.getString("membership"),
					rs.getString("timeline"), rs.getString("change_note"), rs.getString("written_by"),
					rs.getTimestamp("written_at").toInstant()))
			.list();
	}

	/**
	 * Terms of reference as a whole.
	 *
	 * @param id their id
	 * @param workingGroup the working group they are for
	 * @param draftedBy the working-group chair who drafted them
	 * @param createdAt when
	 */
	public record Draft(UUID id, String workingGroup, String draftedBy, Instant createdAt) {

	}

	/**
	 * One version of the text.
	 *
	 * @param torId the terms of reference
	 * @param number the version, from 1
	 * @param title the title
	 * @param purpose why the group exists
	 * @param scope what it covers and does not
	 * @param deliverables what it produces
	 * @param membership who sits in it
	 * @param timeline when
	 * @param changeNote what changed since the previous version, or {@code null} for the
	 * first
	 * @param writtenBy who wrote it
	 * @param writtenAt when
	 */
	public record Version(UUID torId, int number, String title, String purpose, String scope, String deliverables,
			String membership, String timeline, String changeNote, String writtenBy, Instant writtenAt) {

	}

}

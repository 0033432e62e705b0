package org.gavel.resolutions.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.resolutions.model.EcStance;
import org.gavel.resolutions.model.Implementation;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionEvent;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.model.ResolutionType;
import org.gavel.resolutions.model.Sponsor;
import org.gavel.system.Outcome;
import org.gavel.voting.model.BallotOutcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The resolutions, their sponsors, comments and history.
 */
@Repository
public class Resolutions {

	private final JdbcClient jdbc;

	Resolutions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Resolution r) {
		this.jdbc.sql("""
				insert into gavel.resolution (id, assembly_id, title, type, rationale, operative_text, proposer,
				    organisation, working_group, status, version, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.assemblyId(), r.title(), r.type().name(), r.rationale(), r.operativeText(), r.proposer(),
					r.organisation(), r.workingGroup(), r.status().name(), r.version(), Timestamp.from(r.createdAt()))
			.update();
	}

	/**
	 * A resolution a use case acts on.
	 * @param id the resolution
	 * @return the resolution, or a refusal saying there is none
	 */
	public Outcome<Resolution> found(UUID id) {
		return find(id).map(Outcome::accepted).orElseGet(() -> Outcome.refused("There is no resolution " + id + "."));
	}

	public Optional<Resolution> find(UUID id) {
		return this.jdbc.sql("select * from gavel.resolution where id = ?")
			.param(id)
			.query(Resolutions::resolution)
			.optional();
	}

	/**
	 * An assembly's resolutions: numbered ones in order, then the others, oldest first.
	 * @param assembly the assembly
	 * @return its resolutions
	 */
	public List<Resolution> of(UUID assembly) {
		return this.jdbc.sql("""
				select * from gavel.resolution where assembly_id = ?
				order by case when number is null then 1 else 0 end, number, created_at, id""")
			.param(assembly)
			.query(Resolutions::resolution)
			.list();
	}

	/**
	 * The register: every adopted resolution, the latest assembly first.
	 * @return adopted resolutions
	 */
	public List<Resolution> adopted() {
		return this.jdbc.sql("""
				select r.* from gavel.resolution r join gavel.assembly a on a.id = r.assembly_id
				where r.status = 'ADOPTED' order by a.starts_at desc, r.number""")
			.query(Resolutions::resolution)
			.list();
	}

	public void revise(UUID id, String title, ResolutionType type, String rationale, String operativeText) {
		this.jdbc.sql("""
				update gavel.resolution set title = ?, type = ?, rationale = ?, operative_text = ?,
				    version = version + 1, resubmit_by = null where id = ?""")
			.params(title, type.name(), rationale, operativeText, id)
			.update();
	}

	/**
	 * Keeps a version of a resolution's text.
	 * @param id the resolution
	 * @param v the version
	 */
	public void version(UUID id, Version v) {
		this.jdbc.sql("""
				insert into gavel.resolution_version (resolution_id, version, title, type, rationale, operative_text,
				    change_note, written_by, written_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, v.number(), v.title(), v.type().name(), v.rationale(), v.operativeText(), v.changeNote(),
					v.writtenBy(), Timestamp.from(v.writtenAt()))
			.update();
	}

	/**
	 * Every version of a resolution's text, the first first.
	 * @param id the resolution
	 * @return its versions
	 */
	public List<Version> versions(UUID id) {
		return this.jdbc.sql("select * from gavel.resolution_version where resolution_id = ? order by version")
			.param(id)
			.query((rs, row) -> new Version(rs.getInt("version"), rs.getString("title"),
					ResolutionType.valueOf(rs.getString("type")), rs.getString("rationale"),
					rs.getString("operative_text"), rs.getString("change_note"), rs.getString("written_by"),
					rs.getTimestamp("written_at").toInstant()))
			.list();
	}

	public void status(UUID id, ResolutionStatus status) {
		this.jdbc.sql("update gavel.resolution set status = ? where id = ?").params(status.name(), id).update();
	}

	public void returned(UUID id, Instant resubmitBy) {
		this.jdbc.sql("update gavel.resolution set status = 'RETURNED', resubmit_by = ? where id = ?")
			.params(Timestamp.from(resubmitBy), id)
			.update();
	}

	/** Admits a resolution with the assembly's next number. */
	public int admit(UUID id, UUID assembly) {
		this.jdbc.sql("select id from gavel.assembly where id = ? for update").param(assembly).query().listOfRows();
		int number = this.jdbc.sql("select coalesce(max(number), 0) + 1 from gavel.resolution where assembly_id = ?")
			.param(assembly)
			.query(Integer.class)
			.single();
		this.jdbc.sql("update gavel.resolution set number = ?, status = 'ADMITTED' where id = ?")
			.params(number, id)
			.update();
		return number;
	}

	public void ecPosition(UUID id, UUID approval, EcStance stance, String statement) {
		this.jdbc.sql("update gavel.resolution set approval_id = ?, ec_stance = ?, ec_statement = ? where id = ?")
			.params(approval, stance.value(), statement, id)
			.update();
	}

	public void ballot(UUID id, UUID ballot) {
		this.jdbc.sql("update gavel.resolution set ballot_id = ?, status = 'VOTING' where id = ?")
			.params(ballot, id)
			.update();
	}

	public void result(UUID id, BallotOutcome outcome) {
		boolean adopted = outcome == BallotOutcome.ADOPTED;
		this.jdbc.sql("update gavel.resolution set outcome = ?, status = ?, implementation = ? where id = ?")
			.params(outcome.name(), (adopted ? ResolutionStatus.ADOPTED : ResolutionStatus.NOT_ADOPTED).name(),
					adopted ? Implementation.ADOPTED.name() : null, id)
			.update();
	}

	public void implementation(UUID id, Implementation stage) {
		this.jdbc.sql("update gavel.resolution set implementation = ? where id = ?").params(stage.name(), id).update();
	}

	/**
	 * Adds the proposer (position 0, backing it from the start) or an invited co-sponsor.
	 */
	public void sponsor(UUID id, int position, Sponsor sponsor, Instant at) {
		boolean proposer = position == 0;
		this.jdbc.sql("""
				insert into gavel.resolution_sponsor (resolution_id, username, position, organisation, category,
				    answer, answered_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, sponsor.username(), position, sponsor.organisation(), sponsor.category(),
					proposer ? "ENDORSED" : null, proposer ? Timestamp.from(at) : null)
			.update();
	}

	/**
	 * Records a co-sponsor's answer, once.
	 * @return false when they had answered already or were not invited
	 */
	public boolean answer(UUID id, String username, boolean endorsed, String statement, Instant at) {
		return this.jdbc.sql("""
				update gavel.resolution_sponsor set answer = ?, statement = ?, answered_at = ?
				where resolution_id = ? and username = ? and answer is null""")
			.params(endorsed ? "ENDORSED" : "DECLINED", statement, Timestamp.from(at), id, username)
			.update() == 1;
	}

	/**
	 * The proposer and the invited co-sponsors, proposer first, then by answer time.
	 * @param id the resolution
	 * @return everyone asked to back it
	 */
	public List<SponsorRow> sponsors(UUID id) {
		return this.jdbc.sql("""
				select * from gavel.resolution_sponsor where resolution_id = ?
				order by position = 0 desc, answered_at nulls last, position""")
			.param(id)
			.query((rs, row) -> new SponsorRow(rs.getString("username"), rs.getInt("position"),
					rs.getString("organisation"), rs.getString("category"), rs.getString("answer"),
					rs.getString("statement")))
			.list();
	}

	public void comment(UUID id, String author, String body, Instant at) {
		this.jdbc
			.sql("insert into gavel.resolution_comment (resolution_id, author, posted_at, body) values (?, ?, ?, ?)")
			.params(id, author, Timestamp.from(at), body)
			.update();
	}

	public List<Event> comments(UUID id) {
		return this.jdbc
			.sql("select posted_at as at, 'COMMENT' as what, author as actor, body as note"
					+ " from gavel.resolution_comment where resolution_id = ? order by seq")
			.param(id)
			.query(Resolutions::event)
			.list();
	}

	public void event(UUID id, Instant at, ResolutionEvent what, String actor, String note) {
		this.jdbc
			.sql("insert into gavel.resolution_event (resolution_id, at, what, actor, note) values (?, ?, ?, ?, ?)")
			.params(id, Timestamp.from(at), what.name(), actor, note)
			.update();
	}

	public List<Event> events(UUID id) {
		return this.jdbc
			.sql("select at, what, actor, note from gavel.resolution_event where resolution_id = ? order by seq")
			.param(id)
			.query(Resolutions::event)
			.list();
	}

	private static Event event(ResultSet rs, int row) throws SQLException {
		return new Event(rs.getTimestamp("at").toInstant(), ResolutionEvent.valueOf(rs.getString("what")),
				rs.getString("actor"), rs.getString("note"));
	}

	private static Resolution resolution(ResultSet rs, int row) throws SQLException {
		Timestamp resubmit = rs.getTimestamp("resubmit_by");
		String implementation = rs.getString("implementation");
		return new Resolution(rs.getObject("id", UUID.class), rs.getObject("assembly_id", UUID.class),
				(Integer) rs.getObject("number"), rs.getString("title"), ResolutionType.valueOf(rs.getString("type")),
				rs.getString("rationale"), rs.getString("operative_text"), rs.getString("proposer"),
				rs.getString("organisation"), rs.getString("working_group"),
				ResolutionStatus.valueOf(rs.getString("status")), rs.getInt("version"),
				(resubmit != null) ? resubmit.toInstant() : null,
				EcStance.ofValue(rs.getString("ec_stance")).orElse(null), rs.getString("ec_statement"),
				rs.getObject("approval_id", UUID.class), rs.getObject("ballot_id", UUID.class),
				(rs.getString("outcome") != null) ? BallotOutcome.valueOf(rs.getString("outcome")) : null,
				(implementation != null) ? Implementation.valueOf(implementation) : null,
				rs.getTimestamp("created_at").toInstant());
	}

	/**
	 * Someone asked to back a resolution.
	 *
	 * @param username who
	 * @param position 0 for the proposer, then in the order invited
	 * @param organisation their organisation
	 * @param category its category (id)
	 * @param answer ENDORSED, DECLINED, or {@code null} while unanswered (the proposer's
	 * is ENDORSED)
	 * @param statement what they said
	 */
	public record SponsorRow(String username, int position, String organisation, String category, String answer,
			String statement) {

		public boolean backs() {
			return "ENDORSED".equals(this.answer);
		}

		public Sponsor sponsor() {
			return new Sponsor(this.username, this.organisation, this.category);
		}

	}

	/**
	 * Something that happened to a resolution.
	 *
	 * @param at when
	 * @param what what happened
	 * @param actor who
	 * @param note why, or what
	 */
	public record Event(Instant at, ResolutionEvent what, String actor, String note) {

	}

	/**
	 * A version of a resolution's text.
	 *
	 * @param number 1 for the draft, one more for each revision
	 * @param title its title
	 * @param type ordinary or statutory
	 * @param rationale why
	 * @param operativeText what the assembly resolves
	 * @param changeNote what changed and why ({@code null} for the draft)
	 * @param writtenBy the proposer
	 * @param writtenAt when
	 */
	public record Version(int number, String title, ResolutionType type, String rationale, String operativeText,
			String changeNote, String writtenBy, Instant writtenAt) {

		/**
		 * The text a resolution was drafted with.
		 * @param drafted the new resolution
		 * @return version 1
		 */
		public static Version first(Resolution drafted) {
			return new Version(1, drafted.title(), drafted.type(), drafted.rationale(), drafted.operativeText(), null,
					drafted.proposer(), drafted.createdAt());
		}

	}

}

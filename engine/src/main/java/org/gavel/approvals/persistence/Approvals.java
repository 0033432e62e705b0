package org.gavel.approvals.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ApprovalEvent;
import org.gavel.approvals.model.Decision;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.model.Response;
import org.gavel.approvals.model.Review;
import org.gavel.approvals.model.Status;
import org.gavel.system.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The approvals, their reviews per round and their history.
 */
@Repository
public class Approvals {

	private final JdbcClient jdbc;

	Approvals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Approval a) {
		this.jdbc.sql("""
				insert into gavel.approval (id, item_type, title, subject, version, working_group, submitted_by,
				    submitted_at, roll_id, chair, max_rounds, round, status, concerns)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.type().name(), a.title(), a.subject(), a.version(), a.workingGroup(), a.submittedBy(),
					Timestamp.from(a.submittedAt()), a.rollId(), a.chair(), a.maxRounds(), a.round(), a.status().name(),
					a.concerns())
			.update();
	}

	/**
	 * An approval a use case acts on.
	 * @param id the approval
	 * @return the approval, or a refusal saying there is none
	 */
	public Outcome<Approval> found(UUID id) {
		return find(id).map(Outcome::accepted).orElseGet(() -> Outcome.refused("There is no item " + id + "."));
	}

	public Optional<Approval> find(UUID id) {
		return this.jdbc.sql("select * from gavel.approval where id = ?")
			.param(id)
			.query(Approvals::approval)
			.optional();
	}

	/**
	 * Every approval, newest first.
	 * @return the approvals
	 */
	public List<Approval> list() {
		return this.jdbc.sql("select * from gavel.approval order by submitted_at desc, id")
			.query(Approvals::approval)
			.list();
	}

	public List<Approval> bySubject(String subject) {
		return this.jdbc.sql("select * from gavel.approval where subject = ? order by submitted_at")
			.param(subject)
			.query(Approvals::approval)
			.list();
	}

	public void startRound(UUID id, int round, Instant dueAt) {
		this.jdbc.sql("update gavel.approval set round = ?, status = ?, review_due_at = ? where id = ?")
			.params(round, Status.IN_REVIEW.name(), Timestamp.from(dueAt), id)
			.update();
	}

	public void status(UUID id, Status status) {
		this.jdbc.sql("update gavel.approval set status = ? where id = ?").params(status.name(), id).update();
	}

	public void seatVote(UUID id, UUID ballot) {
		this.jdbc.sql("update gavel.approval set ballot_id = ?, status = ? where id = ?")
			.params(ballot, Status.IN_VOTE.name(), id)
			.update();
	}

	public void revised(UUID id, int version) {
		this.jdbc.sql("update gavel.approval set version = ? where id = ?").params(version, id).update();
	}

	public void decide(UUID id, Decision decision, String note, Instant at) {
		this.jdbc.sql("""
				update gavel.approval set status = ?, decision = ?, decided_how = ?, decision_note = ?, decided_at = ?
				where id = ? and decision is null""")
			.params(decision.status().name(), decision.status().name(), decision.how().name(), note, Timestamp.from(at),
					id)
			.update();
	}

	/**
	 * Records a response; the key refuses a second one by the same member in a round.
	 * @param id the approval
	 * @param round the round
	 * @param review the response
	 * @param at when
	 * @throws org.springframework.dao.DuplicateKeyException when the member has responded
	 * in this round already
	 */
	public void review(UUID id, int round, Review review, Instant at) {
		this.jdbc.sql("""
				insert into gavel.approval_review (approval_id, round, member, response, reason, responded_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, round, review.member(), review.response().name(), review.reason(), Timestamp.from(at))
			.update();
	}

	public List<Review> reviews(UUID id, int round) {
		return this.jdbc.sql(
				"select * from gavel.approval_review where approval_id = ? and round = ? order by responded_at, member")
			.params(id, round)
			.query((rs, row) -> new Review(rs.getString("member"), Response.valueOf(rs.getString("response")),
					rs.getString("reason")))
			.list();
	}

	public void event(UUID id, int round, Instant at, ApprovalEvent what, String actor, String note) {
		this.jdbc.sql(
				"insert into gavel.approval_event (approval_id, round, at, what, actor, note) values (?, ?, ?, ?, ?, ?)")
			.params(id, round, Timestamp.from(at), what.name(), actor, note)
			.update();
	}

	public List<Event> events(UUID id) {
		return this.jdbc.sql("select * from gavel.approval_event where approval_id = ? order by seq")
			.param(id)
			.query((rs, row) -> new Event(rs.getInt("round"), rs.getTimestamp("at").toInstant(),
					ApprovalEvent.valueOf(rs.getString("what")), rs.getString("actor"), rs.getString("note")))
			.list();
	}

	private static Approval approval(ResultSet rs, int row) throws SQLException {
		String decision = rs.getString("decision");
		return new Approval(rs.getObject("id", UUID.class), ItemType.valueOf(rs.getString("item_type")),
				rs.getString("title"), rs.getString("subject"), rs.getInt("version"), rs.getString("working_group"),
				rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(),
				rs.getObject("roll_id", UUID.class), rs.getString("chair"), rs.getInt("max_rounds"), rs.getInt("round"),
				Status.valueOf(rs.getString("status")), instant(rs, "review_due_at"),
				rs.getObject("ballot_id", UUID.class),
				(decision != null) ? new Decision(Status.valueOf(decision) == Status.APPROVED,
						Decision.How.valueOf(rs.getString("decided_how"))) : null,
				rs.getString("decision_note"), instant(rs, "decided_at"), rs.getString("concerns"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	/**
	 * A step in an approval's history.
	 *
	 * @param round the round it belongs to
	 * @param at when
	 * @param what what happened
	 * @param actor who (a username, or {@code system})
	 * @param note details
	 */
	public record Event(int round, Instant at, ApprovalEvent what, String actor, String note) {

	}

}

package org.gavel.grants.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.grants.model.Milestone;
import org.gavel.grants.model.ProjectStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Awarded proposals' projects: their status and milestones with reports and reviews. */
@Repository
public class Projects {

	private final JdbcClient jdbc;

	Projects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void status(UUID proposalId, ProjectStatus status) {
		this.jdbc.sql("update gavel.proposal set project_status = ? where id = ?")
			.params(status.name(), proposalId)
			.update();
	}

	public Optional<ProjectStatus> status(UUID proposalId) {
		return this.jdbc.sql("select project_status from gavel.proposal where id = ?")
			.param(proposalId)
			.query((rs, row) -> Optional.ofNullable(rs.getString("project_status")).map(ProjectStatus::valueOf))
			.single();
	}

	public void plan(UUID proposalId, List<Milestone> milestones) {
		for (Milestone m : milestones) {
			this.jdbc.sql("""
					insert into gavel.project_milestone (proposal_id, number, due_on, amount, deliverable, status)
					values (?, ?, ?, ?, ?, ?)""")
				.params(proposalId, m.number(), Date.valueOf(m.dueOn()), m.amount().amount(), m.deliverable(),
						m.status().name())
				.update();
		}
	}

	public List<Milestone> milestones(UUID proposalId, Currency currency) {
		return this.jdbc.sql("select * from gavel.project_milestone where proposal_id = ? order by number")
			.param(proposalId)
			.query((rs, row) -> milestone(rs, currency))
			.list();
	}

	public boolean report(UUID proposalId, int number, String report, String by, Instant at) {
		return this.jdbc.sql("""
				update gavel.project_milestone set status = 'REPORTED', report = ?, reported_by = ?, reported_at = ?
				where proposal_id = ? and number = ? and status in ('PLANNED', 'RETURNED')""")
			.params(report, by, Timestamp.from(at), proposalId, number)
			.update() == 1;
	}

	public boolean review(UUID proposalId, int number, Milestone.Status status, String note, String by, Instant at) {
		return this.jdbc.sql("""
				update gavel.project_milestone set status = ?, review_note = ?, reviewed_by = ?, reviewed_at = ?
				where proposal_id = ? and number = ? and status = 'REPORTED'""")
			.params(status.name(), note, by, Timestamp.from(at), proposalId, number)
			.update() == 1;
	}

	public boolean overdue(UUID proposalId, int number, Instant at) {
		return this.jdbc.sql("""
				update gavel.project_milestone set overdue_since = ?
				where proposal_id = ? and number = ? and overdue_since is null and status <> 'ACCEPTED'""")
			.params(Timestamp.from(at), proposalId, number)
			.update() == 1;
	}

	private static Milestone milestone(ResultSet rs, Currency currency) throws SQLException {
		return new Milestone(rs.getInt("number"), rs.getDate("due_on").toLocalDate(),
				Calls.money(rs, "amount", currency), rs.getString("deliverable"),
				Milestone.Status.valueOf(rs.getString("status")), Calls.instant(rs, "overdue_since"),
				rs.getString("report"), rs.getString("reported_by"), Calls.instant(rs, "reported_at"),
				rs.getString("review_note"), rs.getString("reviewed_by"), Calls.instant(rs, "reviewed_at"));
	}

}

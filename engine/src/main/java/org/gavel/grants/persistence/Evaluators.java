package org.gavel.grants.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.grants.model.Conflict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each proposal's conflicts of interest, the evaluators added to its panel and those
 * assigned to score it.
 */
@Repository
public class Evaluators {

	private final JdbcClient jdbc;

	Evaluators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a conflict or its absence, once per evaluator and proposal.
	 * @return whether it was the first for them (a second is not recorded)
	 */
	public boolean record(UUID proposalId, Conflict conflict) {
		return this.jdbc.sql("""
				insert into gavel.proposal_conflict (proposal_id, evaluator, conflicted, reason, automatic, recorded_at)
				select ?, ?, ?, ?, ?, ?
				where not exists (select 1 from gavel.proposal_conflict where proposal_id = ? and evaluator = ?)""")
			.params(proposalId, conflict.evaluator(), conflict.conflicted(), conflict.reason(), conflict.automatic(),
					Timestamp.from(conflict.recordedAt()), proposalId, conflict.evaluator())
			.update() == 1;
	}

	public List<Conflict> conflicts(UUID proposalId) {
		return this.jdbc.sql("select * from gavel.proposal_conflict where proposal_id = ? order by evaluator")
			.param(proposalId)
			.query((rs, n) -> new Conflict(rs.getString("evaluator"), rs.getBoolean("conflicted"),
					rs.getString("reason"), rs.getBoolean("automatic"), Calls.instant(rs, "recorded_at")))
			.list();
	}

	public void addExtra(UUID proposalId, String evaluator, String by, Instant at) {
		this.jdbc.sql("""
				insert into gavel.proposal_extra_evaluator (proposal_id, evaluator, added_by, added_at)
				values (?, ?, ?, ?)""").params(proposalId, evaluator, by, Timestamp.from(at)).update();
	}

	public List<String> extras(UUID proposalId) {
		return this.jdbc
			.sql("select evaluator from gavel.proposal_extra_evaluator where proposal_id = ? order by added_at")
			.param(proposalId)
			.query(String.class)
			.list();
	}

	public void assign(UUID proposalId, List<String> evaluators, Instant at) {
		for (String evaluator : evaluators) {
			this.jdbc
				.sql("insert into gavel.proposal_assignment (proposal_id, evaluator, assigned_at) values (?, ?, ?)")
				.params(proposalId, evaluator, Timestamp.from(at))
				.update();
		}
	}

	public List<String> assigned(UUID proposalId) {
		return this.jdbc.sql("select evaluator from gavel.proposal_assignment where proposal_id = ? order by evaluator")
			.param(proposalId)
			.query(String.class)
			.list();
	}

	/**
	 * The proposals an evaluator is assigned to.
	 * @param evaluator the evaluator
	 * @return the proposals' ids
	 */
	public List<UUID> assignedTo(String evaluator) {
		return this.jdbc.sql("select proposal_id from gavel.proposal_assignment where evaluator = ?")
			.param(evaluator)
			.query(UUID.class)
			.list();
	}

	/**
	 * How many of a call's proposals each evaluator is assigned to, under a lock on the
	 * call so that two proposals assigned at once see each other.
	 * @param rfpId the call
	 * @return the count by evaluator
	 */
	public Map<String, Integer> load(UUID rfpId) {
		this.jdbc.sql("select id from gavel.rfp where id = ? for update").param(rfpId).query(UUID.class).list();
		Map<String, Integer> load = new HashMap<>();
		this.jdbc.sql("""
				select a.evaluator, count(*) as n from gavel.proposal_assignment a
				join gavel.proposal p on p.id = a.proposal_id where p.rfp_id = ? group by a.evaluator""")
			.param(rfpId)
			.query((rs, n) -> Map.entry(rs.getString("evaluator"), rs.getInt("n")))
			.list()
			.forEach((entry) -> load.put(entry.getKey(), entry.getValue()));
		return load;
	}

}

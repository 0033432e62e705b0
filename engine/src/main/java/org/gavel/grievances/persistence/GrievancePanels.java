package org.gavel.grievances.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.grievances.model.Panel;
import org.gavel.grievances.model.PanelDecision;
import org.gavel.grievances.model.PanelFile;
import org.gavel.grievances.model.Sanction;
import org.gavel.grievances.model.SanctionReferral;
import org.gavel.grievances.model.TrackedAction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The complaints panel stage of the case files: conflicts, panel, reply, decision.
 */
@Repository
public class GrievancePanels {

	private final JdbcClient jdbc;

	GrievancePanels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a conflict a panel member declared on a case; a second declaration replaces
	 * the reason.
	 * @param id the case
	 * @param username who
	 * @param reason why
	 * @param at when
	 */
	public void declareConflict(UUID id, String username, String reason, Instant at) {
		int changed = this.jdbc.sql(
				"update gavel.grievance_conflict set reason = ?, declared_at = ? where grievance_id = ? and username = ?")
			.params(reason, Timestamp.from(at), id, username)
			.update();
		if (changed == 0) {
			this.jdbc.sql(
					"insert into gavel.grievance_conflict (grievance_id, username, reason, declared_at) values (?, ?, ?, ?)")
				.params(id, username, reason, Timestamp.from(at))
				.update();
		}
	}

	public void formed(UUID id, Panel panel) {
		for (String member : panel.members()) {
			this.jdbc.sql("insert into gavel.grievance_panel_member (grievance_id, username) values (?, ?)")
				.params(id, member)
				.update();
		}
		this.jdbc.sql("update gavel.grievance set external_expert = ? where id = ?")
			.params(panel.expert(), id)
			.update();
	}

	public void replyDue(UUID id, Instant replyBy, Instant finalReplyBy) {
		this.jdbc.sql("update gavel.grievance set reply_by = ?, final_reply_by = ? where id = ?")
			.params(Timestamp.from(replyBy), Timestamp.from(finalReplyBy), id)
			.update();
	}

	public void replied(UUID id, PanelFile.Reply reply) {
		this.jdbc.sql("update gavel.grievance set reply = ?, replied_by = ?, replied_at = ? where id = ?")
			.params(reply.text(), reply.by(), Timestamp.from(reply.at()), id)
			.update();
	}

	public void decisionDue(UUID id, Instant decideBy) {
		this.jdbc.sql("update gavel.grievance set decide_by = ? where id = ?")
			.params(Timestamp.from(decideBy), id)
			.update();
	}

	/**
	 * Records the panel's decision; its summary becomes the case's published outcome.
	 * @param id the case
	 * @param decision the decision
	 */
	public void decided(UUID id, PanelDecision decision) {
		this.jdbc
			.sql("update gavel.grievance set finding = ?, outcome = ?, sanction = ?, withhold_respondent = ? "
					+ "where id = ?")
			.params(decision.finding().name(), decision.summary(), decision.sanction().name(),
					decision.withholdRespondent(), id)
			.update();
		int position = 0;
		for (PanelDecision.CorrectiveAction action : decision.actions()) {
			this.jdbc
				.sql("insert into gavel.grievance_corrective_action (grievance_id, position, action, due_by) "
						+ "values (?, ?, ?, ?)")
				.params(id, ++position, action.action(), Date.valueOf(action.dueBy()))
				.update();
		}
	}

	/**
	 * Records the decision a panel without consensus puts to its members' vote.
	 * @param id the case
	 * @param decision the decision proposed
	 */
	public void proposed(UUID id, PanelDecision decision) {
		decided(id, decision);
		this.jdbc.sql("update gavel.grievance set decision_status = 'PROPOSED' where id = ?").param(id).update();
	}

	/**
	 * Settles a proposed decision by the panel's vote: adopted, it stands; not adopted,
	 * it is cleared, and the panel decides again.
	 * @param id the case
	 * @param adopted whether the vote adopted it
	 */
	public void voted(UUID id, boolean adopted) {
		if (!adopted) {
			this.jdbc.sql("delete from gavel.grievance_corrective_action where grievance_id = ?").param(id).update();
			this.jdbc
				.sql("update gavel.grievance set finding = null, outcome = null, sanction = 'NONE', "
						+ "withhold_respondent = false where id = ?")
				.param(id)
				.update();
		}
		this.jdbc.sql("update gavel.grievance set decision_status = null where id = ?").param(id).update();
	}

	/**
	 * Whether a case's decision is proposed and put to the panel's vote.
	 * @param id the case
	 * @return whether it is
	 */
	public boolean putToVote(UUID id) {
		return this.jdbc.sql("select count(*) from gavel.grievance where id = ? and decision_status = 'PROPOSED'")
			.param(id)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Replaces the decision in force with the appeal panel's: its finding, published
	 * outcome, corrective actions and whether the register names the respondent.
	 * @param id the case
	 * @param decision the decision now in force
	 */
	public void redecided(UUID id, PanelDecision decision) {
		this.jdbc.sql("delete from gavel.grievance_corrective_action where grievance_id = ?").param(id).update();
		decided(id, decision);
	}

	/**
	 * Records that the decision's suspension or termination is before the EC.
	 * @param id the case
	 */
	public void referred(UUID id) {
		this.jdbc.sql("update gavel.grievance set sanction_ruling = 'BEFORE_EC' where id = ?").param(id).update();
	}

	/**
	 * Records the EC's ruling on the sanction referred to it.
	 * @param id the case
	 * @param approvalId the EC's item
	 * @param ruling approved or rejected
	 * @param at when
	 */
	public void ruled(UUID id, UUID approvalId, SanctionReferral.Ruling ruling, Instant at) {
		this.jdbc.sql("""
				update gavel.grievance set sanction_ruling = ?, sanction_approval_id = ?, sanction_ruled_at = ?
				where id = ?""").params(ruling.name(), approvalId, Timestamp.from(at), id).update();
	}

	/**
	 * The suspension or termination a case referred to the EC.
	 * @param id the case
	 * @return the referral and its ruling, or empty when none was referred
	 */
	public Optional<SanctionReferral> referral(UUID id) {
		return this.jdbc
			.sql("select sanction, sanction_ruling, sanction_approval_id, sanction_ruled_at from gavel.grievance "
					+ "where id = ? and sanction_ruling is not null")
			.param(id)
			.query((rs, row) -> new SanctionReferral(Sanction.valueOf(rs.getString("sanction")),
					SanctionReferral.Ruling.valueOf(rs.getString("sanction_ruling")),
					Optional.ofNullable(rs.getObject("sanction_approval_id", UUID.class)),
					instant(rs, "sanction_ruled_at")))
			.optional();
	}

	/**
	 * The corrective actions of the decision in force, as monitored.
	 * @param id the case
	 * @return its actions in order, each open or completed
	 */
	public List<TrackedAction> actions(UUID id) {
		return this.jdbc.sql("""
				select position, action, due_by, completed_at, completed_by, completion_note
				from gavel.grievance_corrective_action where grievance_id = ? order by position""")
			.param(id)
			.query((rs, row) -> tracked(rs))
			.list();
	}

	/**
	 * Records that a corrective action was found completed.
	 * @param id the case
	 * @param position the action's place
	 * @param completion when, by whom, on what evidence
	 */
	public void completed(UUID id, int position, TrackedAction.Completion completion) {
		this.jdbc.sql("""
				update gavel.grievance_corrective_action set completed_at = ?, completed_by = ?, completion_note = ?
				where grievance_id = ? and position = ? and completed_at is null""")
			.params(Timestamp.from(completion.at()), completion.by(), completion.note(), id, position)
			.update();
	}

	/**
	 * The panel stage of a case.
	 * @param id the case
	 * @return what it holds, empty parts for what has not happened
	 */
	public PanelFile of(UUID id) {
		Map<String, String> conflicts = new LinkedHashMap<>();
		this.jdbc.sql("select username, reason from gavel.grievance_conflict where grievance_id = ? order by username")
			.param(id)
			.query((rs, row) -> conflicts.put(rs.getString(1), rs.getString(2)))
			.list();
		List<String> members = this.jdbc
			.sql("select username from gavel.grievance_panel_member where grievance_id = ? order by username")
			.param(id)
			.query(String.class)
			.list();
		List<PanelDecision.CorrectiveAction> actions = this.jdbc.sql(
				"select action, due_by from gavel.grievance_corrective_action where grievance_id = ? order by position")
			.param(id)
			.query((rs, row) -> action(rs))
			.list();
		Optional<SanctionReferral> referral = referral(id);
		return this.jdbc.sql("""
				select external_expert, reply_by, final_reply_by, reply, replied_by, replied_at, decide_by, finding,
				       outcome, sanction, withhold_respondent
				from gavel.grievance where id = ?""").param(id).query((rs, row) -> {
			String expert = rs.getString("external_expert");
			String reply = rs.getString("reply");
			String finding = rs.getString("finding");
			return new PanelFile(conflicts,
					(expert != null) ? Optional.of(new Panel(members, expert)) : Optional.empty(),
					instant(rs, "reply_by"), instant(rs, "final_reply_by"),
					(reply != null)
							? Optional.of(new PanelFile.Reply(reply, rs.getString("replied_by"),
									rs.getTimestamp("replied_at").toInstant()))
							: Optional.empty(),
					instant(rs, "decide_by"),
					(finding != null) ? Optional
						.of(new PanelDecision(PanelDecision.Finding.valueOf(finding), rs.getString("outcome"), actions,
								Sanction.valueOf(rs.getString("sanction")), rs.getBoolean("withhold_respondent")))
							: Optional.empty(),
					referral);
		}).optional().orElseGet(PanelFile::none);
	}

	/**
	 * The sanctions of every decided case, for the register, in one read.
	 * @return each case's sanction with the EC's ruling; cases with none left out
	 */
	public Map<UUID, String> sanctions() {
		Map<UUID, String> sanctions = new HashMap<>();
		this.jdbc.sql("""
				select id, sanction, sanction_ruling from gavel.grievance
				where sanction <> 'NONE' and finding is not null and decision_status is null""").query((rs, row) -> {
			Optional<SanctionReferral.Ruling> ruling = Optional.ofNullable(rs.getString("sanction_ruling"))
				.map(SanctionReferral.Ruling::valueOf);
			return sanctions.put(rs.getObject("id", UUID.class),
					Sanction.valueOf(rs.getString("sanction")).described(ruling));
		}).list();
		return sanctions;
	}

	/**
	 * The corrective actions of every decided case, for the register, in one read.
	 * @return each case's actions in order, each open or completed; cases without any
	 * left out
	 */
	public Map<UUID, List<TrackedAction>> correctiveActions() {
		Map<UUID, List<TrackedAction>> actions = new HashMap<>();
		this.jdbc.sql("select * from gavel.grievance_corrective_action order by grievance_id, position")
			.query((rs, row) -> actions
				.computeIfAbsent(rs.getObject("grievance_id", UUID.class), (id) -> new ArrayList<>())
				.add(tracked(rs)))
			.list();
		return actions;
	}

	private static TrackedAction tracked(ResultSet rs) throws SQLException {
		Timestamp completedAt = rs.getTimestamp("completed_at");
		return new TrackedAction(rs.getInt("position"), action(rs),
				(completedAt != null) ? Optional.of(new TrackedAction.Completion(completedAt.toInstant(),
						rs.getString("completed_by"), rs.getString("completion_note"))) : Optional.empty());
	}

	private static PanelDecision.CorrectiveAction action(ResultSet rs) throws SQLException {
		return new PanelDecision.CorrectiveAction(rs.getString("action"), rs.getDate("due_by").toLocalDate());
	}

	private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return Optional.ofNullable(at).map(Timestamp::toInstant);
	}

	/**
	 * The cases a person sits on the panel of.
	 * @param username who
	 * @return the cases' ids
	 */
	public List<UUID> seatedOn(String username) {
		return this.jdbc.sql("select grievance_id from gavel.grievance_panel_member where username = ?")
			.param(username)
			.query((rs, row) -> rs.getObject(1, UUID.class))
			.list();
	}

}

package org.gavel.grievances.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.grievances.model.Appeal;
import org.gavel.grievances.model.AppealDecision;
import org.gavel.grievances.model.AppealFile;
import org.gavel.grievances.model.Panel;
import org.gavel.grievances.model.Party;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The appeal stage of the case files: the window, the appeal, the appeal panel and its
 * decision. The decision in force stays in the case's row ({@link GrievancePanels}).
 */
@Repository
public class GrievanceAppeals {

	private final JdbcClient jdbc;

	GrievanceAppeals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void windowCloses(UUID id, Instant appealBy) {
		this.jdbc.sql("update gavel.grievance set appeal_by = ? where id = ?")
			.params(Timestamp.from(appealBy), id)
			.update();
	}

	public void lodged(UUID id, Appeal appeal) {
		this.jdbc.sql("""
				insert into gavel.grievance_appeal (grievance_id, appellant, lodged_by, grounds, lodged_at)
				values (?, ?, ?, ?, ?)""")
			.params(id, appeal.appellant().name(), appeal.by(), appeal.grounds(), Timestamp.from(appeal.at()))
			.update();
	}

	public void formed(UUID id, Panel panel, Instant decideBy) {
		for (String member : panel.members()) {
			this.jdbc.sql("insert into gavel.grievance_appeal_panel_member (grievance_id, username) values (?, ?)")
				.params(id, member)
				.update();
		}
		this.jdbc.sql("update gavel.grievance_appeal set external_expert = ?, decide_by = ? where grievance_id = ?")
			.params(panel.expert(), Timestamp.from(decideBy), id)
			.update();
	}

	public void decided(UUID id, AppealDecision decision, String by, Instant at) {
		this.jdbc.sql("""
				update gavel.grievance_appeal set result = ?, reasons = ?, decided_by = ?, decided_at = ?
				where grievance_id = ?""")
			.params(decision.result().name(), decision.reasons(), by, Timestamp.from(at), id)
			.update();
	}

	/**
	 * The appeal stage of a case.
	 * @param id the case
	 * @return what it holds, empty parts for what has not happened
	 */
	public AppealFile of(UUID id) {
		Optional<Instant> appealBy = this.jdbc.sql("select appeal_by from gavel.grievance where id = ?")
			.param(id)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.optional()
			.flatMap((at) -> at);
		List<String> members = this.jdbc
			.sql("select username from gavel.grievance_appeal_panel_member where grievance_id = ? order by username")
			.param(id)
			.query(String.class)
			.list();
		return this.jdbc.sql("select * from gavel.grievance_appeal where grievance_id = ?")
			.param(id)
			.query((rs, row) -> file(rs, appealBy, members))
			.optional()
			.orElseGet(() -> new AppealFile(appealBy, Optional.empty(), Optional.empty(), Optional.empty(),
					Optional.empty()));
	}

	private static AppealFile file(ResultSet rs, Optional<Instant> appealBy, List<String> members) throws SQLException {
		String expert = rs.getString("external_expert");
		String result = rs.getString("result");
		Timestamp decideBy = rs.getTimestamp("decide_by");
		return new AppealFile(appealBy,
				Optional.of(new Appeal(Party.valueOf(rs.getString("appellant")), rs.getString("lodged_by"),
						rs.getString("grounds"), rs.getTimestamp("lodged_at").toInstant())),
				(expert != null) ? Optional.of(new Panel(members, expert)) : Optional.empty(),
				Optional.ofNullable(decideBy).map(Timestamp::toInstant),
				(result != null) ? Optional.of(new AppealDecision(AppealDecision.Result.valueOf(result),
						rs.getString("reasons"), Optional.empty())) : Optional.empty());
	}

	/**
	 * The cases a person sits on the appeal panel of.
	 * @param username who
	 * @return the cases' ids
	 */
	public List<UUID> seatedOn(String username) {
		return this.jdbc.sql("select grievance_id from gavel.grievance_appeal_panel_member where username = ?")
			.param(username)
			.query((rs, row) -> rs.getObject(1, UUID.class))
			.list();
	}

}

package org.gavel.grievances.persistence;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.grievances.model.EvidenceSharing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The secretariat's decisions on what the respondent sees of each piece of evidence.
 */
@Repository
public class SharingDecisions {

	private final JdbcClient jdbc;

	SharingDecisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a decision on a piece of evidence, replacing an earlier one.
	 * @param grievance the case
	 * @param evidence the evidence file
	 * @param decision what the respondent sees
	 */
	public void decide(UUID grievance, UUID evidence, EvidenceSharing.Decision decision) {
		int changed = this.jdbc
			.sql("update gavel.grievance_evidence_sharing set sharing = ?, copy_id = ?, decided_by = ?, "
					+ "decided_at = ? where attachment_id = ? and grievance_id = ?")
			.params(decision.sharing().name(), decision.copy().orElse(null), decision.by(),
					Timestamp.from(decision.at()), evidence, grievance)
			.update();
		if (changed == 0) {
			this.jdbc
				.sql("insert into gavel.grievance_evidence_sharing (attachment_id, grievance_id, sharing, copy_id, "
						+ "decided_by, decided_at) values (?, ?, ?, ?, ?, ?)")
				.params(evidence, grievance, decision.sharing().name(), decision.copy().orElse(null), decision.by(),
						Timestamp.from(decision.at()))
				.update();
		}
	}

	/**
	 * The decisions taken on a case's evidence.
	 * @param grievance the case
	 * @return each decided evidence file's decision; files left to their default are
	 * absent
	 */
	public Map<UUID, EvidenceSharing.Decision> of(UUID grievance) {
		Map<UUID, EvidenceSharing.Decision> decisions = new HashMap<>();
		this.jdbc
			.sql("select attachment_id, sharing, copy_id, decided_by, decided_at "
					+ "from gavel.grievance_evidence_sharing where grievance_id = ?")
			.param(grievance)
			.query((rs, row) -> decisions.put(rs.getObject("attachment_id", UUID.class),
					new EvidenceSharing.Decision(EvidenceSharing.valueOf(rs.getString("sharing")),
							Optional.ofNullable(rs.getObject("copy_id", UUID.class)), rs.getString("decided_by"),
							rs.getTimestamp("decided_at").toInstant())))
			.list();
		return decisions;
	}

}

package org.gavel.membership.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.membership.model.MemberSanction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The suspensions and terminations of membership the Executive Committee approved.
 */
@Repository
public class MemberSanctions {

	private final JdbcClient jdbc;

	MemberSanctions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps a sanction; the same reference twice for one organisation is kept once.
	 * @param sanction the sanction
	 * @param approvalId the EC's approval of it
	 * @return whether it was new
	 */
	public boolean add(MemberSanction sanction, UUID approvalId) {
		return this.jdbc.sql("""
				insert into gavel.membership_sanction (organisation_id, kind, reference, approval_id, imposed_at)
				select ?, ?, ?, ?, ? where not exists (
				  select 1 from gavel.membership_sanction where organisation_id = ? and reference = ?)""")
			.params(sanction.organisationId(), sanction.kind().name(), sanction.reference(), approvalId,
					Timestamp.from(sanction.imposedAt()), sanction.organisationId(), sanction.reference())
			.update() == 1;
	}

	/**
	 * Lifts a suspension in force.
	 * @param organisationId the organisation
	 * @param reference what imposed it
	 * @param lifting when, by whom, why
	 * @return whether one was lifted
	 */
	public boolean lift(String organisationId, String reference, MemberSanction.Lifting lifting) {
		return this.jdbc.sql("""
				update gavel.membership_sanction set lifted_at = ?, lifted_by = ?, lift_reason = ?
				where organisation_id = ? and reference = ? and kind = 'SUSPENSION' and lifted_at is null""")
			.params(Timestamp.from(lifting.at()), lifting.by(), lifting.reason(), organisationId, reference)
			.update() == 1;
	}

	/**
	 * The sanctions of an organisation, the newest first.
	 * @param organisationId the organisation
	 * @return its sanctions, in force or lifted
	 */
	public List<MemberSanction> of(String organisationId) {
		return this.jdbc
			.sql("select * from gavel.membership_sanction where organisation_id = ? order by imposed_at desc")
			.param(organisationId)
			.query((rs, row) -> sanction(rs))
			.list();
	}

	/**
	 * The sanction a reference imposed on an organisation.
	 * @param organisationId the organisation
	 * @param reference e.g. the grievance's number
	 * @return the sanction, if the EC approved one
	 */
	public Optional<MemberSanction> find(String organisationId, String reference) {
		return this.jdbc.sql("select * from gavel.membership_sanction where organisation_id = ? and reference = ?")
			.params(organisationId, reference)
			.query((rs, row) -> sanction(rs))
			.optional();
	}

	/**
	 * The sanctions in force, for the rolls.
	 * @return every suspension not lifted and every termination
	 */
	public List<MemberSanction> inForce() {
		return this.jdbc.sql("select * from gavel.membership_sanction where lifted_at is null order by imposed_at")
			.query((rs, row) -> sanction(rs))
			.list();
	}

	private static MemberSanction sanction(ResultSet rs) throws SQLException {
		Timestamp lifted = rs.getTimestamp("lifted_at");
		return new MemberSanction(rs.getString("organisation_id"), MemberSanction.Kind.valueOf(rs.getString("kind")),
				rs.getString("reference"), rs.getTimestamp("imposed_at").toInstant(),
				(lifted != null) ? Optional.of(new MemberSanction.Lifting(lifted.toInstant(), rs.getString("lifted_by"),
						rs.getString("lift_reason"))) : Optional.empty());
	}

}

package org.gavel.grants.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.grants.model.OrganisationType;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.system.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Proposals, each answering one request for proposals.
 */
@Repository
public class Proposals {

	private final JdbcClient jdbc;

	Proposals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next proposal number of an RFP, under a lock on the RFP's row so that two
	 * applicants never share one.
	 * @param rfpId the RFP
	 * @return the number, from 1
	 */
	public int nextNumber(UUID rfpId) {
		this.jdbc.sql("select id from gavel.rfp where id = ? for update").param(rfpId).query(UUID.class).list();
		return this.jdbc.sql("select count(*) from gavel.proposal where rfp_id = ?")
			.param(rfpId)
			.query(Integer.class)
			.single() + 1;
	}

	/**
	 * Locks a proposal's row until the transaction ends, so that an upload and the
	 * submission of the same draft run one after the other.
	 * @param id the proposal
	 */
	public void lock(UUID id) {
		this.jdbc.sql("select id from gavel.proposal where id = ? for update").param(id).query(UUID.class).list();
	}

	public void add(Proposal p) {
		Proposal.Application a = p.application();
		this.jdbc.sql("""
				insert into gavel.proposal (id, reference, rfp_id, applicant, member_organisation, status, title,
				    organisation, organisation_type, country, contact_name, contact_email, summary, approach,
				    requested, started_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.reference().toString(), p.rfpId(), p.applicant(), p.memberOrganisation(),
					p.status().name(), a.title(), a.organisation(), a.organisationType().value(), a.country(),
					a.contactName(), a.contactEmail(), a.summary(), a.approach(), a.requested().amount(),
					Timestamp.from(p.startedAt()))
			.update();
	}

	/**
	 * Saves what a draft says.
	 * @return whether it was still a draft (and is now saved)
	 */
	public boolean save(UUID id, Proposal.Application a) {
		return this.jdbc.sql("""
				update gavel.proposal set title = ?, organisation = ?, organisation_type = ?, country = ?,
				    contact_name = ?, contact_email = ?, summary = ?, approach = ?, requested = ?
				where id = ? and status = 'DRAFT'""")
			.params(a.title(), a.organisation(), a.organisationType().value(), a.country(), a.contactName(),
					a.contactEmail(), a.summary(), a.approach(), a.requested().amount(), id)
			.update() == 1;
	}

	/**
	 * Moves a proposal on, if it is where the step expects it.
	 * @param id the proposal
	 * @param from where it must stand
	 * @param to where it goes
	 * @param at when, kept as the submission's or withdrawal's time
	 * @return whether it stood at {@code from}
	 */
	public boolean move(UUID id, ProposalStatus from, ProposalStatus to, Instant at) {
		String time = switch (to) {
			case SUBMITTED -> ", submitted_at = ?";
			case WITHDRAWN -> ", withdrawn_at = ?";
			default -> "";
		};
		Object[] params = time.isEmpty() ? new Object[] { to.name(), id, from.name() }
				: new Object[] { to.name(), Timestamp.from(at), id, from.name() };
		return this.jdbc.sql("update gavel.proposal set status = ?" + time + " where id = ? and status = ?")
			.params(params)
			.update() == 1;
	}

	public void screened(UUID id, ProposalStatus status, String reason) {
		this.jdbc.sql("update gavel.proposal set status = ?, eligibility_reason = ? where id = ?")
			.params(status.name(), reason, id)
			.update();
	}

	public void reviewed(UUID id, ProposalStatus status, String note, String by) {
		this.jdbc.sql("update gavel.proposal set status = ?, screening_note = ?, screened_by = ? where id = ?")
			.params(status.name(), note, by, id)
			.update();
	}

	/**
	 * A proposal a use case acts on.
	 * @param reference the proposal
	 * @return the proposal, or a refusal saying there is none
	 */
	public Outcome<Proposal> found(Reference reference) {
		return find(reference).map(Outcome::accepted)
			.orElseGet(() -> Outcome.refused("There is no proposal " + reference + "."));
	}

	public Optional<Proposal> find(Reference reference) {
		return this.jdbc.sql(SELECT + " where p.reference = ?")
			.param(reference.toString())
			.query(Proposals::proposal)
			.optional();
	}

	public Optional<Proposal> find(UUID id) {
		return this.jdbc.sql(SELECT + " where p.id = ?").param(id).query(Proposals::proposal).optional();
	}

	public List<Proposal> ofRfp(UUID rfpId) {
		return this.jdbc.sql(SELECT + " where p.rfp_id = ? order by p.reference")
			.param(rfpId)
			.query(Proposals::proposal)
			.list();
	}

	public List<Proposal> withStatus(ProposalStatus status) {
		return this.jdbc.sql(SELECT + " where p.status = ? order by p.reference")
			.param(status.name())
			.query(Proposals::proposal)
			.list();
	}

	public List<Proposal> byApplicant(String username) {
		return this.jdbc.sql(SELECT + " where p.applicant = ? order by p.started_at desc")
			.param(username)
			.query(Proposals::proposal)
			.list();
	}

	private static final String SELECT = "select p.*, r.currency from gavel.proposal p join gavel.rfp r on r.id = p.rfp_id";

	private static Proposal proposal(ResultSet rs, int row) throws SQLException {
		Currency currency = Currency.getInstance(rs.getString("currency"));
		Proposal.Application application = new Proposal.Application(rs.getString("title"), rs.getString("organisation"),
				OrganisationType.of(rs.getString("organisation_type")).orElseThrow(), rs.getString("country"),
				rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("summary"),
				rs.getString("approach"), Calls.money(rs, "requested", currency));
		return new Proposal(rs.getObject("id", UUID.class), Reference.parse(rs.getString("reference")).orElseThrow(),
				rs.getObject("rfp_id", UUID.class), rs.getString("applicant"), rs.getString("member_organisation"),
				ProposalStatus.valueOf(rs.getString("status")), application, Calls.instant(rs, "started_at"),
				Calls.instant(rs, "submitted_at"), rs.getString("eligibility_reason"), rs.getString("screening_note"),
				rs.getString("screened_by"));
	}

}

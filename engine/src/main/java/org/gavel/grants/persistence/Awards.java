package org.gavel.grants.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.grants.model.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The working group's recommendations, round by round, the EC's awards and the funding
 * members' pledges.
 */
@Repository
public class Awards {

	private final JdbcClient jdbc;

	Awards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a recommendation as the call's next round.
	 * @param rfpId the call
	 * @param grants the amount per proposal
	 * @param conditions the award's conditions
	 * @param by who recommends
	 * @param at when
	 * @return the round's number, from 1
	 */
	public int recommend(UUID rfpId, Map<UUID, Money> grants, String conditions, String by, Instant at) {
		int round = round(rfpId) + 1;
		for (Map.Entry<UUID, Money> grant : grants.entrySet()) {
			this.jdbc.sql("""
					insert into gavel.grant_recommendation
					    (rfp_id, round, proposal_id, amount, recommended_by, recommended_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(rfpId, round, grant.getKey(), grant.getValue().amount(), by, Timestamp.from(at))
				.update();
		}
		this.jdbc.sql("update gavel.rfp set recommendation_round = ?, award_conditions = ? where id = ?")
			.params(round, conditions, rfpId)
			.update();
		return round;
	}

	/**
	 * The call's latest round of recommendation.
	 * @param rfpId the call
	 * @return 0 before the first
	 */
	public int round(UUID rfpId) {
		return this.jdbc.sql("select recommendation_round from gavel.rfp where id = ?")
			.param(rfpId)
			.query(Integer.class)
			.single();
	}

	/**
	 * A round of recommendation.
	 * @param rfpId the call
	 * @param round the round
	 * @param currency the call's currency
	 * @return its grants, in the order of their proposals
	 */
	public List<Recommended> recommended(UUID rfpId, int round, Currency currency) {
		return this.jdbc.sql("""
				select g.*, p.reference from gavel.grant_recommendation g
				join gavel.proposal p on p.id = g.proposal_id
				where g.rfp_id = ? and g.round = ? order by p.reference""")
			.params(rfpId, round)
			.query((rs, row) -> new Recommended(rs.getObject("proposal_id", UUID.class), rs.getString("reference"),
					Calls.money(rs, "amount", currency), rs.getString("recommended_by"),
					Calls.instant(rs, "recommended_at")))
			.list();
	}

	/**
	 * The conditions of the call's latest recommendation, those of its award.
	 * @param rfpId the call
	 * @return the conditions, empty when none were written
	 */
	public String conditions(UUID rfpId) {
		String conditions = this.jdbc.sql("select award_conditions from gavel.rfp where id = ?")
			.param(rfpId)
			.query(String.class)
			.optional()
			.orElse(null);
		return (conditions != null) ? conditions : "";
	}

	/**
	 * When the EC awarded the call's grants.
	 * @param rfpId the call
	 * @return the instant, if awarded
	 */
	public Optional<Instant> awardedAt(UUID rfpId) {
		return this.jdbc.sql("select awarded_at from gavel.rfp where id = ?")
			.param(rfpId)
			.query((rs, row) -> Optional.ofNullable(Calls.instant(rs, "awarded_at")))
			.single();
	}

	public void awarded(UUID rfpId, Instant at) {
		this.jdbc.sql("update gavel.rfp set awarded_at = ? where id = ?").params(Timestamp.from(at), rfpId).update();
	}

	/**
	 * Records what the EC awarded a proposal.
	 * @param proposalId the proposal
	 * @param amount the grant
	 * @param pledgesClose with matched funding, until when members pledge; else
	 * {@code null}
	 */
	public void award(UUID proposalId, Money amount, Instant pledgesClose) {
		this.jdbc.sql("update gavel.proposal set awarded = ?, pledges_close = ? where id = ?")
			.params(amount.amount(), (pledgesClose != null) ? Timestamp.from(pledgesClose) : null, proposalId)
			.update();
	}

	/**
	 * What a proposal was awarded.
	 * @param proposalId the proposal
	 * @return the grant and its pledge deadline, if awarded
	 */
	public Optional<Award> award(UUID proposalId) {
		return this.jdbc.sql("""
				select p.awarded, p.pledges_close, r.currency from gavel.proposal p
				join gavel.rfp r on r.id = p.rfp_id where p.id = ? and p.awarded is not null""")
			.param(proposalId)
			.query((rs, row) -> new Award(Calls.money(rs, "awarded", Currency.getInstance(rs.getString("currency"))),
					Calls.instant(rs, "pledges_close")))
			.optional();
	}

	/**
	 * Adds a pledge.
	 * @param proposalId the proposal
	 * @param organisation the pledging member organisation
	 * @param by who pledged for it
	 * @param amount how much
	 * @param at when
	 */
	public void pledge(UUID proposalId, String organisation, String by, Money amount, Instant at) {
		this.jdbc.sql("""
				insert into gavel.grant_pledge (proposal_id, number, organisation, pledged_by, amount, pledged_at)
				values (?, (select coalesce(max(number), 0) + 1 from gavel.grant_pledge where proposal_id = ?),
				        ?, ?, ?, ?)""")
			.params(proposalId, proposalId, organisation, by, amount.amount(), Timestamp.from(at))
			.update();
	}

	/**
	 * A proposal's pledges, in order.
	 * @param proposalId the proposal
	 * @param currency its call's currency
	 * @return the pledges
	 */
	public List<Pledge> pledges(UUID proposalId, Currency currency) {
		return this.jdbc.sql("select * from gavel.grant_pledge where proposal_id = ? order by number")
			.param(proposalId)
			.query((rs, row) -> pledge(rs, currency))
			.list();
	}

	private static Pledge pledge(ResultSet rs, Currency currency) throws SQLException {
		return new Pledge(rs.getInt("number"), rs.getString("organisation"), rs.getString("pledged_by"),
				Calls.money(rs, "amount", currency), Calls.instant(rs, "pledged_at"));
	}

	/**
	 * A recommended grant.
	 *
	 * @param proposalId the proposal
	 * @param proposal its reference
	 * @param amount the amount recommended
	 * @param by who recommended it
	 * @param at when
	 */
	public record Recommended(UUID proposalId, String proposal, Money amount, String by, Instant at) {

	}

	/**
	 * What the EC awarded a proposal.
	 *
	 * @param amount the grant
	 * @param pledgesClose with matched funding, the pledge deadline; else {@code null}
	 */
	public record Award(Money amount, Instant pledgesClose) {

	}

	/**
	 * A funding member's pledge.
	 *
	 * @param number its number on the proposal, from 1
	 * @param organisation the member organisation
	 * @param by who pledged for it
	 * @param amount how much
	 * @param at when
	 */
	public record Pledge(int number, String organisation, String by, Money amount, Instant at) {

	}

}

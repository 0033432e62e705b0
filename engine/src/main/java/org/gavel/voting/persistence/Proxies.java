package org.gavel.voting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Proxies given for a ballot: one per principal; capped holders' proxies each take a slot
 * the database keeps unique.
 */
@Repository
public class Proxies {

	private final JdbcClient jdbc;

	Proxies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Proxy> of(UUID ballot, String principal) {
		return this.jdbc.sql("select * from gavel.proxy where ballot_id = ? and principal = ?")
			.params(ballot, principal)
			.query(Proxies::proxy)
			.optional();
	}

	/**
	 * The slots a holder's proxies of one member type take.
	 * @param ballot the ballot
	 * @param holder the holder
	 * @param memberType the principals' member type
	 * @return the slots taken
	 */
	public List<Integer> slotsTaken(UUID ballot, String holder, String memberType) {
		return this.jdbc.sql(
				"select slot from gavel.proxy where ballot_id = ? and holder = ? and member_type = ? and slot is not null")
			.params(ballot, holder, memberType)
			.query(Integer.class)
			.list();
	}

	/**
	 * Records a proxy; fails with a duplicate key when the principal has given one
	 * already or the slot was taken meanwhile.
	 */
	public void add(UUID ballot, Proxy proxy) {
		this.jdbc.sql("""
				insert into gavel.proxy (ballot_id, principal, holder, member_type, slot, given_by, given_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(ballot, proxy.principal(), proxy.holder(), proxy.memberType(), proxy.slot(), proxy.givenBy(),
					Timestamp.from(proxy.givenAt()))
			.update();
	}

	public boolean withdraw(UUID ballot, String principal) {
		return this.jdbc.sql("delete from gavel.proxy where ballot_id = ? and principal = ?")
			.params(ballot, principal)
			.update() == 1;
	}

	public List<Proxy> all(UUID ballot) {
		return this.jdbc.sql("select * from gavel.proxy where ballot_id = ? order by holder, principal")
			.param(ballot)
			.query(Proxies::proxy)
			.list();
	}

	private static Proxy proxy(ResultSet rs, int row) throws SQLException {
		return new Proxy(rs.getString("principal"), rs.getString("holder"), rs.getString("member_type"),
				rs.getObject("slot", Integer.class), rs.getString("given_by"), rs.getTimestamp("given_at").toInstant());
	}

	/**
	 * A proxy.
	 *
	 * @param principal whose vote it is
	 * @param holder who casts it
	 * @param memberType the principal's member type, which the cap counts by
	 * @param slot its place under the holder's cap, or {@code null} when uncapped
	 * @param givenBy who recorded it: the principal or the secretariat
	 * @param givenAt when
	 */
	public record Proxy(String principal, String holder, String memberType, Integer slot, String givenBy,
			Instant givenAt) {

	}

}

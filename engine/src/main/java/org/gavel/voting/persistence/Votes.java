package org.gavel.voting.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.gavel.voting.model.Answer;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.ChainedVote;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.gavel.voting.model.Counts;
import org.gavel.voting.model.Elector;
import org.gavel.voting.model.GroupCount;
import org.gavel.voting.model.InRoomTally;
import org.gavel.voting.model.OptionCounts;
import org.gavel.voting.model.VotingGroup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ballot box: votes are inserted, never updated except to mark one superseded by a
 * later vote of the same voter. In a secret ballot a vote row holds neither the voter nor
 * the time.
 */
@Repository
public class Votes {

	private final JdbcClient jdbc;

	/** Whether the database takes the lock, the claim and the vote in one statement. */
	private final boolean oneStatement;

	Votes(JdbcClient jdbc, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		try (Connection connection = dataSource.getConnection()) {
			this.oneStatement = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
	}

	/**
	 * Whether {@link #castFirst} is available (PostgreSQL); elsewhere a first vote is
	 * three statements in one transaction.
	 * @return true on PostgreSQL
	 */
	public boolean castsInOneStatement() {
		return this.oneStatement;
	}

	/**
	 * A voter's first vote as one statement, its own transaction: holds the ballot open
	 * (a shared row lock, re-checked if a close is committed meanwhile), claims the
	 * voter's place and inserts the vote, or does nothing when the ballot is closed.
	 * Fails with a duplicate key, writing nothing, when the voter has a place already or
	 * the idempotency key was used.
	 * @return false when the ballot is closed
	 */
	public boolean castFirst(Ballot ballot, Elector elector, Answer answer, Channel channel, String receipt,
			String idempotencyKey, Instant castAt, String castBy) {
		VotingGroup group = ballot.rules().groupOf(elector.chamber(), elector.subChamber(), elector.memberType());
		return this.jdbc.sql("""
				with open as (select id from gavel.ballot where id = ? and closed_at is null for share),
				claim as (insert into gavel.ballot_voter (ballot_id, voter, current_receipt, cast_by)
				          select id, cast(? as varchar), cast(? as varchar), cast(? as varchar) from open
				          returning ballot_id)
				insert into gavel.vote (ballot_id, voter, chamber, sub_chamber, member_type, choice, channel, receipt,
				    idempotency_key, cast_at, cast_by, option_no)
				select ballot_id, cast(? as varchar), cast(? as varchar), cast(? as varchar), cast(? as varchar),
				    cast(? as varchar), cast(? as varchar), cast(? as varchar), cast(? as varchar),
				    cast(? as timestamp with time zone), cast(? as varchar), cast(? as smallint)
				from claim""")
			.params(ballot.id(), elector.id(), ballot.secret() ? null : receipt, castBy,
					ballot.secret() ? null : elector.id(), group.chamber(), group.subChamber(), group.memberType(),
					answer.choice().name(), channel.name(), receipt, idempotencyKey,
					ballot.secret() ? null : Timestamp.from(castAt), ballot.secret() ? null : castBy, answer.option())
			.update() == 1;
	}

	/**
	 * Claims the voter's place in the ballot; fails with a duplicate key if they have
	 * one.
	 * @param ballot the ballot
	 * @param voter whose vote it is
	 * @param receipt the vote's receipt (not kept in a secret ballot)
	 * @param castBy the proxy holder casting it, or {@code null} when the voter does
	 */
	public void claim(Ballot ballot, String voter, String receipt, String castBy) {
		this.jdbc.sql("insert into gavel.ballot_voter (ballot_id, voter, current_receipt, cast_by) values (?, ?, ?, ?)")
			.params(ballot.id(), voter, ballot.secret() ? null : receipt, castBy)
			.update();
	}

	/**
	 * Who cast the voter's counted vote.
	 * @param ballot the ballot
	 * @param voter the voter
	 * @return empty when they have not voted; else the proxy holder, or the voter when
	 * they voted themselves
	 */
	public Optional<String> castBy(UUID ballot, String voter) {
		return place(ballot, voter).map(Place::castBy);
	}

	/**
	 * The voter's place in the ballot: who cast their counted vote and its receipt.
	 * @param ballot the ballot
	 * @param voter the voter
	 * @return empty when they have not voted
	 */
	public Optional<Place> place(UUID ballot, String voter) {
		return this.jdbc
			.sql("select voter, cast_by, current_receipt from gavel.ballot_voter where ballot_id = ? and voter = ?")
			.params(ballot, voter)
			.query((rs, row) -> new Place(
					(rs.getString("cast_by") != null) ? rs.getString("cast_by") : rs.getString("voter"),
					rs.getString("current_receipt")))
			.optional();
	}

	/**
	 * Replaces the voter's counted vote, if the same person cast it: updates their place
	 * first, so concurrent changes take turns, then marks what was counted superseded.
	 * @param ballot the ballot
	 * @param voter the voter
	 * @param receipt the new vote's receipt
	 * @param castBy who cast the counted vote and casts the new one ({@code null}: the
	 * voter)
	 * @return false, with nothing changed, when somebody else cast the counted vote
	 */
	public boolean supersede(Ballot ballot, String voter, String receipt, String castBy) {
		int updated = this.jdbc.sql("""
				update gavel.ballot_voter set current_receipt = ?
				where ballot_id = ? and voter = ? and cast_by is not distinct from ?""")
			.params(ballot.secret() ? null : receipt, ballot.id(), voter, castBy)
			.update();
		return updated == 1 && supersedeCounted(ballot, voter);
	}

	/**
	 * Lets the voter's own vote replace one their proxy holder cast.
	 * @param ballot the ballot
	 * @param voter the voter's place
	 * @param receipt the new vote's receipt
	 * @param castBy who casts the new vote when it is not the person the roll names (the
	 * organisation's designated voter now), else {@code null}
	 * @return false, with nothing changed, when no proxy vote is counted for them
	 */
	public boolean overrideProxy(Ballot ballot, String voter, String receipt, String castBy) {
		int updated = this.jdbc.sql("""
				update gavel.ballot_voter set current_receipt = ?, cast_by = ?
				where ballot_id = ? and voter = ? and cast_by is not null""")
			.params(ballot.secret() ? null : receipt, castBy, ballot.id(), voter)
			.update();
		return updated == 1 && supersedeCounted(ballot, voter);
	}

	private boolean supersedeCounted(Ballot ballot, String voter) {
		this.jdbc
			.sql("update gavel.vote set superseded = true where ballot_id = ? and voter = ? and superseded = false")
			.params(ballot.id(), voter)
			.update();
		return true;
	}

	/**
	 * Puts a vote in the box.
	 * @param ballot the ballot
	 * @param elector whose vote it is
	 * @param answer what it says
	 * @param channel how it came
	 * @param receipt its receipt
	 * @param idempotencyKey the client's key, or {@code null}
	 * @param castAt when
	 * @param castBy the proxy holder who cast it, or {@code null}
	 */
	public void insert(Ballot ballot, Elector elector, Answer answer, Channel channel, String receipt,
			String idempotencyKey, Instant castAt, String castBy) {
		VotingGroup group = ballot.rules().groupOf(elector.chamber(), elector.subChamber(), elector.memberType());
		this.jdbc.sql("""
				insert into gavel.vote (ballot_id, voter, chamber, sub_chamber, member_type, choice, channel, receipt,
				    idempotency_key, cast_at, cast_by, option_no)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ballot.id(), ballot.secret() ? null : elector.id(), group.chamber(), group.subChamber(),
					group.memberType(), answer.choice().name(), channel.name(), receipt, idempotencyKey,
					ballot.secret() ? null : Timestamp.from(castAt), ballot.secret() ? null : castBy, answer.option())
			.update();
	}

	/**
	 * Finds the receipt of an earlier submission with the same idempotency key.
	 * @param ballot the ballot
	 * @param idempotencyKey the key as stored (scoped to the voter by the caller)
	 * @return the receipt given then
	 */
	public Optional<String> receiptFor(Ballot ballot, String idempotencyKey) {
		return this.jdbc.sql("select receipt from gavel.vote where ballot_id = ? and idempotency_key = ?")
			.params(ballot.id(), idempotencyKey)
			.query(String.class)
			.optional();
	}

	/**
	 * Counts the counted votes per voting group, every group of the roll included.
	 * @param ballot the ballot
	 * @param inRoom the in-room tallies that count, by group
	 * @return the counts the tally works on
	 */
	public List<GroupCount> count(Ballot ballot, Map<VotingGroup, InRoomTally> inRoom) {
		return counted(ballot, inRoom).get(0);
	}

	/**
	 * Counts the counted votes of a ballot between options per voting group, once as cast
	 * (a vote for any option in favour) and once for each option (the votes for it in
	 * favour, those for another option against).
	 * @param ballot the ballot, between options
	 * @return the counts as cast under 0, each option's under its number
	 */
	public Map<Integer, List<GroupCount>> countOptions(Ballot ballot) {
		return counted(ballot, Map.of());
	}

	/** The counts as cast (view 0) and, on a ballot between options, per option. */
	private Map<Integer, List<GroupCount>> counted(Ballot ballot, Map<VotingGroup, InRoomTally> inRoom) {
		Map<VotingGroup, Integer> registered = groups(ballot);
		int options = ballot.options().size();
		List<OptionCounts.Cast> rows = this.jdbc.sql("""
				select chamber, sub_chamber, member_type, channel, choice, option_no, count(*) as n from gavel.vote
				where ballot_id = ? and superseded = false
				group by chamber, sub_chamber, member_type, channel, choice, option_no""")
			.param(ballot.id())
			.query((rs, row) -> new OptionCounts.Cast(
					new VotingGroup(rs.getString("chamber"), rs.getString("sub_chamber"), rs.getString("member_type")),
					Channel.valueOf(rs.getString("channel")),
					new Answer(Choice.valueOf(rs.getString("choice")), rs.getObject("option_no", Integer.class)),
					rs.getInt("n")))
			.list();
		List<Map<VotingGroup, Map<Channel, Counts>>> cast = OptionCounts.views(options, rows);
		Map<Integer, List<GroupCount>> counted = new HashMap<>();
		for (int view = 0; view <= options; view++) {
			counted.put(view, groups(registered, cast.get(view), inRoom));
		}
		return counted;
	}

	private static List<GroupCount> groups(Map<VotingGroup, Integer> registered,
			Map<VotingGroup, Map<Channel, Counts>> cast, Map<VotingGroup, InRoomTally> inRoom) {
		Map<VotingGroup, Integer> present = new HashMap<>();
		List<GroupCount> groups = new ArrayList<>();
		inRoom.forEach((group, tally) -> {
			if (group.wholeRoll()) {
				// the room counted as one: its own group, every member of it on the roll
				// already counted in their chambers
				groups
					.add(new GroupCount(group, 0, Map.of(Channel.IN_ROOM, tally.ballots()), tally.presentNotVoting()));
				return;
			}
			cast.computeIfAbsent(group, (g) -> new HashMap<>()).merge(Channel.IN_ROOM, tally.ballots(), Counts::plus);
			present.put(group, tally.presentNotVoting());
		});
		registered.forEach((group, n) -> groups
			.add(new GroupCount(group, n, cast.getOrDefault(group, Map.of()), present.getOrDefault(group, 0))));
		return groups;
	}

	/** How many of a frozen roll are in each voting group, under its frozen rule set. */
	private static Map<VotingGroup, Integer> groups(Ballot ballot) {
		Map<VotingGroup, Integer> registered = new HashMap<>();
		for (Elector elector : ballot.roll().values()) {
			registered.merge(ballot.rules().groupOf(elector.chamber(), elector.subChamber(), elector.memberType()), 1,
					Integer::sum);
		}
		return Map.copyOf(registered);
	}

	/**
	 * Every vote of a ballot as the hash chain covers it, in chain order (see
	 * {@link org.gavel.voting.model.HashChain}): an open ballot's in the order they
	 * entered the box, numbered from 1; a secret ballot's in the order of their receipts,
	 * unnumbered (chain version 1: the box's order and its global numbers).
	 * @param ballot the ballot
	 * @return the votes, superseded ones included
	 */
	public List<ChainedVote> chained(UUID ballot) {
		Chain chain = chainOf(ballot);
		List<ChainedVote> votes = this.jdbc.sql("""
				select seq, chamber, sub_chamber, member_type, choice, channel, receipt, superseded, option_no
				from gavel.vote where ballot_id = ? order by %s""".formatted(chain.order()))
			.param(ballot)
			.query((rs, row) -> new ChainedVote(chain.position(rs.getLong("seq"), row),
					new VotingGroup(rs.getString("chamber"), rs.getString("sub_chamber"), rs.getString("member_type")),
					Choice.valueOf(rs.getString("choice")), Channel.valueOf(rs.getString("channel")),
					rs.getString("receipt"), rs.getBoolean("superseded"), rs.getObject("option_no", Integer.class)))
			.list();
		return votes;
	}

	/**
	 * Every vote of a ballot for auditors, in chain order: with the voter and its number
	 * unless the ballot is secret. A secret ballot's votes carry neither the voter, nor
	 * the time, nor anything that follows the order in which they were cast.
	 * @param ballot the ballot
	 * @return the votes
	 */
	public List<AuditedVote> audited(UUID ballot) {
		Chain chain = chainOf(ballot);
		return this.jdbc.sql("""
				select seq, voter, chamber, sub_chamber, member_type, choice, channel, receipt, superseded, option_no
				from gavel.vote where ballot_id = ? order by %s""".formatted(chain.shownOrder()))
			.param(ballot)
			.query((rs, row) -> new AuditedVote(chain.secret() ? null : chain.position(rs.getLong("seq"), row),
					rs.getString("voter"), rs.getString("chamber"), rs.getString("sub_chamber"),
					rs.getString("member_type"), rs.getString("choice"), rs.getString("channel"),
					rs.getString("receipt"), rs.getBoolean("superseded"), rs.getObject("option_no", Integer.class)))
			.list();
	}

	private Chain chainOf(UUID ballot) {
		return this.jdbc.sql("select secret, chain_version from gavel.ballot where id = ?")
			.param(ballot)
			.query((rs, row) -> new Chain(rs.getBoolean("secret"), rs.getInt("chain_version")))
			.optional()
			.orElse(new Chain(false, Ballot.CHAIN_VERSION));
	}

	/** How a ballot's chain orders and numbers its votes. */
	private record Chain(boolean secret, int version) {

		String order() {
			return (this.secret && this.version >= 2) ? "receipt" : "seq";
		}

		/** The order shown to people: never the order of arrival for a secret ballot. */
		String shownOrder() {
			return this.secret ? "receipt" : "seq";
		}

		Long position(long seq, int row) {
			if (this.version < 2) {
				return seq;
			}
			return this.secret ? null : (long) row + 1;
		}

	}

	/**
	 * A vote as the audit export shows it.
	 *
	 * @param position its number in the chain, or {@code null} in a secret ballot
	 * @param voter the voter, or {@code null} in a secret ballot
	 * @param chamber voting group: chamber
	 * @param subChamber voting group: sub-chamber, or {@code null}
	 * @param memberType voting group: member type, or {@code null}
	 * @param choice FOR, AGAINST, ABSTAIN
	 * @param channel ONLINE, PROXY, IN_ROOM
	 * @param receipt the receipt
	 * @param superseded replaced by a later vote of the same voter
	 * @param option on a ballot between options, the number of the option voted for
	 * (choice FOR); else {@code null}
	 */
	public record AuditedVote(Long position, String voter, String chamber, String subChamber, String memberType,
			String choice, String channel, String receipt, boolean superseded, Integer option) {

	}

	/**
	 * Who has a counted vote in a ballot, whoever cast it.
	 * @param ballot the ballot
	 * @return the voters
	 */
	public Set<String> voters(UUID ballot) {
		return new HashSet<>(this.jdbc.sql("select voter from gavel.ballot_voter where ballot_id = ?")
			.param(ballot)
			.query(String.class)
			.list());
	}

	/**
	 * How many places have a counted vote in a ballot, whoever cast it.
	 * @param ballot the ballot
	 * @return the count
	 */
	public int voterCount(UUID ballot) {
		return this.jdbc.sql("select count(*) from gavel.ballot_voter where ballot_id = ?")
			.param(ballot)
			.query(Integer.class)
			.single();
	}

	public long counted(UUID ballotId) {
		return this.jdbc.sql("select count(*) from gavel.vote where ballot_id = ? and superseded = false")
			.param(ballotId)
			.query(Long.class)
			.single();
	}

	/**
	 * A voter's place in a ballot.
	 *
	 * @param castBy who cast the counted vote: the voter, or their proxy holder
	 * @param receipt its receipt, or {@code null} in a secret ballot
	 */
	public record Place(String castBy, String receipt) {

	}

}

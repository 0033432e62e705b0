package org.gavel.voting.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.voting.model.Counts;
import org.gavel.voting.model.InRoomTally;
import org.gavel.voting.model.VotingGroup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * In-room tallies: only inserted; a correction is the next revision of the group, the key
 * making two entries of one revision impossible.
 */
@Repository
public class InRoomTallies {

	private final JdbcClient jdbc;

	InRoomTallies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a tally; fails with a duplicate key when another entry took its revision.
	 */
	public void add(UUID ballot, InRoomTally tally, Instant enteredAt) {
		VotingGroup group = tally.group();
		this.jdbc.sql("""
				insert into gavel.in_room_tally (ballot_id, group_key, revision, chamber, sub_chamber, member_type,
				    in_favour, against, abstain, spoilt, present_not_voting, entered_by, entered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ballot, key(group), tally.revision(), group.chamber(), group.subChamber(), group.memberType(),
					tally.ballots().inFavour(), tally.ballots().against(), tally.ballots().abstain(),
					tally.ballots().spoilt(), tally.presentNotVoting(), tally.enteredBy(), Timestamp.from(enteredAt))
			.update();
	}

	/**
	 * Every tally of a ballot, corrections included, in the order the chain covers them.
	 * @param ballot the ballot
	 * @return the tallies by group, then revision
	 */
	public List<InRoomTally> all(UUID ballot) {
		return this.jdbc.sql("select * from gavel.in_room_tally where ballot_id = ? order by group_key, revision")
			.param(ballot)
			.query((rs, row) -> new InRoomTally(
					new VotingGroup(rs.getString("chamber"), rs.getString("sub_chamber"), rs.getString("member_type")),
					rs.getInt("revision"),
					new Counts(rs.getInt("in_favour"), rs.getInt("against"), rs.getInt("abstain"), rs.getInt("spoilt")),
					rs.getInt("present_not_voting"), rs.getString("entered_by")))
			.list();
	}

	/**
	 * The tallies that count: the latest revision of each group.
	 * @param ballot the ballot
	 * @return the latest tally per group
	 */
	public Map<VotingGroup, InRoomTally> latest(UUID ballot) {
		Map<VotingGroup, InRoomTally> latest = new LinkedHashMap<>();
		all(ballot).forEach((tally) -> latest.put(tally.group(), tally));
		return latest;
	}

	private static String key(VotingGroup group) {
		return group.chamber() + "|" + ((group.subChamber() != null) ? group.subChamber() : "") + "|"
				+ ((group.memberType() != null) ? group.memberType() : "");
	}

}

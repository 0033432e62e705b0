package org.gavel.voting.persistence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.BallotOutcome;
import org.gavel.voting.model.BallotSummary;
import org.gavel.voting.model.Closing;
import org.gavel.voting.model.Elector;
import org.gavel.voting.model.RuleSet;
import org.gavel.voting.model.SignOff;
import org.gavel.voting.rules.RuleSetFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored ballots, each with the text of its rule set and the roll it opened on.
 */
@Repository
public class Ballots {

	private final JdbcClient jdbc;

	Ballots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Ballot ballot, String ruleSetSource, String createdBy, Instant createdAt) {
		this.jdbc
			.sql("""
					insert into gavel.ballot (id, title, rule_set_name, rule_set_version, rule_set_source, roll_id,
					    opens_at, closes_at, time_zone, secret, vote_change_allowed, in_room_session, created_by, created_at,
					    chain_version, held_on_paper, question, meeting_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ballot.id(), ballot.title(), ballot.rules().name(), ballot.rules().version(), ruleSetSource,
					ballot.rollId(), Timestamp.from(ballot.opensAt()), Timestamp.from(ballot.closesAt()),
					ballot.zone().getId(), ballot.secret(), ballot.voteChangeAllowed(), ballot.inRoomSession(),
					createdBy, Timestamp.from(createdAt), ballot.chainVersion(), ballot.heldOnPaper(),
					ballot.question(), ballot.meetingId())
			.update();
		for (int number = 1; number <= ballot.options().size(); number++) {
			this.jdbc.sql("insert into gavel.ballot_option (ballot_id, number, label) values (?, ?, ?)")
				.params(ballot.id(), number, ballot.options().get(number - 1))
				.update();
		}
	}

	private List<String> options(UUID ballot) {
		return this.jdbc.sql("select label from gavel.ballot_option where ballot_id = ? order by number")
			.param(ballot)
			.query(String.class)
			.list();
	}

	/**
	 * Reads a ballot with its frozen rule set and roll: two queries one after the other,
	 * never one inside the other's result, so a reader holds one connection at a time.
	 * @param id the ballot
	 * @return the ballot, if it exists
	 */
	public Optional<Ballot> find(UUID id) {
		return this.jdbc.sql("select * from gavel.ballot where id = ?")
			.param(id)
			.query((rs, row) -> new Header(rs.getString("title"), rs.getString("rule_set_name"),
					rs.getInt("rule_set_version"), rs.getString("rule_set_source"), rs.getObject("roll_id", UUID.class),
					rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
					ZoneId.of(rs.getString("time_zone")), rs.getBoolean("in_room_session"),
					rs.getBoolean("held_on_paper"), rs.getInt("chain_version"), rs.getString("question"),
					rs.getObject("meeting_id", UUID.class)))
			.optional()
			.map((header) -> header.ballot(id, roll(header.rollId()), options(id)));
	}

	/** A ballot's row, read before its roll. */
	private record Header(String title, String ruleSetName, int ruleSetVersion, String ruleSetSource, UUID rollId,
			Instant opensAt, Instant closesAt, ZoneId zone, boolean inRoomSession, boolean heldOnPaper,
			int chainVersion, String question, UUID meetingId) {

		Ballot ballot(UUID id, Map<String, Elector> roll, List<String> options) {
			RuleSet rules = RuleSetFile.read(this.ruleSetName + ".v" + this.ruleSetVersion + ".yaml",
					new ByteArrayInputStream(this.ruleSetSource.getBytes(StandardCharsets.UTF_8)));
			return new Ballot(id, this.title, rules, this.rollId, roll, this.opensAt, this.closesAt, this.zone,
					this.inRoomSession, this.heldOnPaper, this.chainVersion, this.question, this.meetingId, options);
		}

	}

	/**
	 * The newest ballot opened by someone, e.g. the seat vote an approval's process
	 * opened ({@code approval <id>}).
	 * @param openedBy the opener as recorded
	 * @return the ballot's id, if any
	 */
	public Optional<UUID> latestOpenedBy(String openedBy) {
		return this.jdbc.sql("select id from gavel.ballot where created_by = ? order by created_at desc")
			.param(openedBy)
			.query(UUID.class)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Whether a ballot is secret.
	 * @param ballot the ballot
	 * @return false also when there is no such ballot
	 */
	public boolean secret(UUID ballot) {
		return this.jdbc.sql("select secret from gavel.ballot where id = ?")
			.param(ballot)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public Optional<String> source(UUID ballot) {
		return this.jdbc.sql("select rule_set_source from gavel.ballot where id = ?")
			.param(ballot)
			.query(String.class)
			.optional();
	}

	public void recordClose(UUID ballot, Instant closedAt, String chainHead, BallotOutcome outcome,
			String explanation) {
		this.jdbc
			.sql("update gavel.ballot set closed_at = ?, chain_head = ?, outcome = ?, explanation = ? where id = ?")
			.params(Timestamp.from(closedAt), chainHead, outcome.name(), explanation, ballot)
			.update();
	}

	/**
	 * Records one scrutineer's sign-off; fails with a duplicate key when they have signed
	 * this ballot off already.
	 */
	public void signOff(UUID ballot, String scrutineer, Instant at, String remark) {
		this.jdbc.sql("insert into gavel.ballot_signoff (ballot_id, scrutineer, signed_at, remark) values (?, ?, ?, ?)")
			.params(ballot, scrutineer, Timestamp.from(at), remark)
			.update();
	}

	public List<SignOff> signOffs(UUID ballot) {
		return this.jdbc.sql("select * from gavel.ballot_signoff where ballot_id = ? order by signed_at, scrutineer")
			.param(ballot)
			.query((rs, row) -> new SignOff(rs.getString("scrutineer"), rs.getTimestamp("signed_at").toInstant(),
					rs.getString("remark")))
			.list();
	}

	/**
	 * Publishes a closed ballot's result.
	 * @return false when it was not closed or was published already
	 */
	public boolean publish(UUID ballot, Instant at) {
		return this.jdbc.sql(
				"update gavel.ballot set published_at = ? where id = ? and closed_at is not null and published_at is null")
			.params(Timestamp.from(at), ballot)
			.update() == 1;
	}

	/**
	 * Every ballot, newest first, with its state.
	 * @return the ballots
	 */
	public List<BallotSummary> summaries() {
		return this.jdbc.sql("""
				select id, title, opens_at, closes_at, time_zone, closed_at, published_at, outcome from gavel.ballot
				order by closes_at desc""")
			.query((rs, row) -> new BallotSummary(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
					ZoneId.of(rs.getString("time_zone")),
					(rs.getTimestamp("closed_at") != null) ? rs.getTimestamp("closed_at").toInstant() : null,
					(rs.getTimestamp("published_at") != null) ? rs.getTimestamp("published_at").toInstant() : null,
					rs.getString("outcome")))
			.list();
	}

	/**
	 * The published result of a closed ballot.
	 * @param ballot the ballot
	 * @return the result, empty while the ballot is open or when there is no such ballot
	 */
	public Optional<Closing> closed(UUID ballot) {
		return this.jdbc.sql("""
				select closed_at, chain_head, outcome, explanation, published_at from gavel.ballot
				where id = ? and closed_at is not null""")
			.param(ballot)
			.query((rs, row) -> new Closing(rs.getTimestamp("closed_at").toInstant(), rs.getString("chain_head"),
					outcome(rs.getString("outcome")), rs.getString("explanation"),
					(rs.getTimestamp("published_at") != null) ? rs.getTimestamp("published_at").toInstant() : null))
			.optional();
	}

	private static BallotOutcome outcome(String stored) {
		return (stored != null) ? BallotOutcome.valueOf(stored) : null;
	}

	private Map<String, Elector> roll(UUID rollId) {
		Map<String, Elector> roll = new LinkedHashMap<>();
		this.jdbc.sql("""
				select e.voter, e.category, e.sub_chamber, e.member_type, e.organisation_id, r.electorate
				from gavel.electoral_roll_entry e join gavel.electoral_roll r on r.id = e.roll_id
				where e.roll_id = ? order by e.position""")
			.param(rollId)
			.query((rs, row) -> new Elector(rs.getString("voter"), rs.getString("category"),
					rs.getString("sub_chamber"), rs.getString("member_type").toLowerCase(),
					"GENERAL_ASSEMBLY".equals(rs.getString("electorate")) ? rs.getString("organisation_id") : null))
			.list()
			.forEach((elector) -> roll.put(elector.id(), elector));
		return roll;
	}

}

package org.gavel.voting.persistence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Elector;
import org.gavel.voting.model.RuleSet;
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

	public void add(Ballot ballot, String ruleSetSource, String createdBy, java.time.Instant createdAt) {
		this.jdbc.sql("""
				insert into gavel.ballot (id, title, rule_set_name, rule_set_version, rule_set_source, roll_id,
				    opens_at, closes_at, time_zone, secret, vote_change_allowed, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ballot.id(), ballot.title(), ballot.rules().name(), ballot.rules().version(), ruleSetSource,
					ballot.rollId(), Timestamp.from(ballot.opensAt()), Timestamp.from(ballot.closesAt()),
					ballot.zone().getId(), ballot.secret(), ballot.voteChangeAllowed(), createdBy,
					Timestamp.from(createdAt))
			.update();
	}

	/**
	 * Reads a ballot with its frozen rule set and roll.
	 * @param id the ballot
	 * @return the ballot, if it exists
	 */
	public Optional<Ballot> find(UUID id) {
		return this.jdbc.sql("select * from gavel.ballot where id = ?").param(id).query((rs, row) -> {
			String file = rs.getString("rule_set_name") + ".v" + rs.getInt("rule_set_version") + ".yaml";
			RuleSet rules = RuleSetFile.read(file,
					new ByteArrayInputStream(rs.getString("rule_set_source").getBytes(StandardCharsets.UTF_8)));
			UUID rollId = rs.getObject("roll_id", UUID.class);
			return new Ballot(id, rs.getString("title"), rules, rollId, roll(rollId),
					rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
					ZoneId.of(rs.getString("time_zone")));
		}).optional();
	}

	private Map<String, Elector> roll(UUID rollId) {
		Map<String, Elector> roll = new LinkedHashMap<>();
		this.jdbc.sql("select * from gavel.electoral_roll_entry where roll_id = ? order by position")
			.param(rollId)
			.query((rs, row) -> new Elector(rs.getString("voter"), rs.getString("category"),
					rs.getString("sub_chamber"), rs.getString("member_type").toLowerCase()))
			.list()
			.forEach((elector) -> roll.put(elector.id(), elector));
		return roll;
	}

}

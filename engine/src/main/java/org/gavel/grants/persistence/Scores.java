package org.gavel.grants.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.grants.model.RankAdjustment;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.ScoreSheet;
import org.gavel.grants.model.Scorecard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evaluators' scores, criterion by criterion, and the panel meeting's changes to the
 * ranking.
 */
@Repository
public class Scores {

	private final JdbcClient jdbc;

	Scores(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores an evaluator's sheet, whole.
	 * @return whether they had not scored the proposal yet (and now have)
	 */
	public boolean add(UUID proposalId, String evaluator, ScoreSheet sheet, Instant at) {
		if (sheetOf(proposalId, evaluator).isPresent()) {
			return false;
		}
		for (Map.Entry<String, BigDecimal> score : sheet.scores().entrySet()) {
			this.jdbc.sql("""
					insert into gavel.proposal_score (proposal_id, evaluator, criterion_key, score, comment, scored_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(proposalId, evaluator, score.getKey(), score.getValue(), sheet.comments().get(score.getKey()),
						Timestamp.from(at))
				.update();
		}
		return true;
	}

	public Optional<ScoreSheet> sheetOf(UUID proposalId, String evaluator) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		Map<String, String> comments = new LinkedHashMap<>();
		this.jdbc.sql("select * from gavel.proposal_score where proposal_id = ? and evaluator = ?")
			.params(proposalId, evaluator)
			.query((rs, n) -> {
				scores.put(rs.getString("criterion_key"), rs.getBigDecimal("score").stripTrailingZeros());
				comments.put(rs.getString("criterion_key"), rs.getString("comment"));
				return n;
			})
			.list();
		return scores.isEmpty() ? Optional.empty() : Optional.of(new ScoreSheet(scores, comments));
	}

	/**
	 * Every evaluator's sheet of a proposal, without saying whose.
	 * @param proposalId the proposal
	 * @return the sheets
	 */
	public List<ScoreSheet> sheets(UUID proposalId) {
		List<ScoreSheet> sheets = new ArrayList<>();
		for (String evaluator : scoredBy(proposalId)) {
			sheetOf(proposalId, evaluator).ifPresent(sheets::add);
		}
		return sheets;
	}

	/**
	 * Who has scored a proposal.
	 * @param proposalId the proposal
	 * @return the evaluators
	 */
	public List<String> scoredBy(UUID proposalId) {
		return this.jdbc.sql("select distinct evaluator from gavel.proposal_score where proposal_id = ?")
			.param(proposalId)
			.query(String.class)
			.list();
	}

	/**
	 * Every scorecard of a call, each named by its proposal's reference.
	 * @param rfpId the call
	 * @return the scorecards
	 */
	public List<Scorecard> cards(UUID rfpId) {
		Map<String, Map<String, BigDecimal>> sheets = new LinkedHashMap<>();
		this.jdbc.sql("""
				select p.reference, s.evaluator, s.criterion_key, s.score from gavel.proposal_score s
				join gavel.proposal p on p.id = s.proposal_id where p.rfp_id = ?
				order by p.reference, s.evaluator""")
			.param(rfpId)
			.query((rs, n) -> sheets
				.computeIfAbsent(rs.getString("reference") + "\u0000" + rs.getString("evaluator"),
						(key) -> new LinkedHashMap<>())
				.put(rs.getString("criterion_key"), rs.getBigDecimal("score").stripTrailingZeros()))
			.list();
		return sheets.entrySet().stream().map((sheet) -> {
			String[] key = sheet.getKey().split("\u0000");
			return new Scorecard(key[1], key[0], sheet.getValue());
		}).toList();
	}

	/**
	 * Replaces the panel meeting's changes to a call's ranking.
	 */
	public void adjust(UUID rfpId, Map<UUID, RankAdjustment> changes, String by, Instant at) {
		this.jdbc.sql("delete from gavel.rank_adjustment where rfp_id = ?").param(rfpId).update();
		for (Map.Entry<UUID, RankAdjustment> change : changes.entrySet()) {
			this.jdbc.sql("""
					insert into gavel.rank_adjustment (proposal_id, rfp_id, rank, reason, adjusted_by, adjusted_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(change.getKey(), rfpId, change.getValue().rank(), change.getValue().reason(), by,
						Timestamp.from(at))
				.update();
		}
	}

	/**
	 * The panel meeting's changes to a call's ranking, by the proposal's reference.
	 * @param rfpId the call
	 * @return the changes
	 */
	public Map<Reference, Adjusted> adjustments(UUID rfpId) {
		Map<Reference, Adjusted> changes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select p.reference, a.rank, a.reason, a.adjusted_by from gavel.rank_adjustment a
				join gavel.proposal p on p.id = a.proposal_id where a.rfp_id = ?""").param(rfpId).query((rs, n) -> {
			Reference reference = Reference.parse(rs.getString("reference")).orElseThrow();
			changes.put(reference,
					new Adjusted(new RankAdjustment(reference, rs.getInt("rank"), rs.getString("reason")),
							rs.getString("adjusted_by")));
			return n;
		}).list();
		return changes;
	}

	/**
	 * A change to the ranking and who made it.
	 *
	 * @param change the change
	 * @param by who recorded it
	 */
	public record Adjusted(RankAdjustment change, String by) {

	}

}

package org.gavel.grants;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gavel.grants.model.Call;
import org.gavel.grants.model.Feedback;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.RfpStatus;
import org.gavel.grants.persistence.Scores;

import org.springframework.stereotype.Service;

/**
 * The evaluation summary of a ranked call, for the working group and the EC: each
 * proposal in ranking order with its raw and normalised scores, the panel's mean per
 * criterion (never an evaluator's identity or own scores), the panel meeting's changes
 * and the recommendation.
 */
@Service
public class SummarisingEvaluation {

	private final RankingProposals ranking;

	private final AwardingGrants awarding;

	private final Scores scores;

	SummarisingEvaluation(RankingProposals ranking, AwardingGrants awarding, Scores scores) {
		this.ranking = ranking;
		this.awarding = awarding;
		this.scores = scores;
	}

	/**
	 * The summary, once the ranking is open.
	 * @param call the call (already found readable by who asks)
	 * @return the summary, or {@code null} before the ranking opens
	 */
	public Summary of(Call call) {
		if (call.status().compareTo(RfpStatus.RANKING) < 0) {
			return null;
		}
		RankingProposals.Ranked ranked = this.ranking.ranking(call);
		Map<String, Feedback> feedback = new LinkedHashMap<>();
		for (RankingProposals.Row row : ranked.rows()) {
			Proposal proposal = row.proposal();
			feedback.put(proposal.reference().toString(),
					Feedback.of(call.rfp().criteria(), this.scores.sheets(proposal.id())));
		}
		return new Summary(call, ranked, feedback, this.awarding.recommendation(call).orElse(null));
	}

	/**
	 * An evaluation summary.
	 *
	 * @param call the call
	 * @param ranked the ranking, panel changes included
	 * @param feedback each proposal's means and comments per criterion, by reference
	 * @param recommended the latest recommendation, or {@code null}
	 */
	public record Summary(Call call, RankingProposals.Ranked ranked, Map<String, Feedback> feedback,
			AwardingGrants.Recommended recommended) {

		public Feedback feedbackOf(Proposal proposal) {
			return this.feedback.get(proposal.reference().toString());
		}

	}

}

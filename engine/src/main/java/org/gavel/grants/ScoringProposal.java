package org.gavel.grants;

import java.time.Clock;
import java.util.Optional;

import org.gavel.grants.model.Call;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.ScoreSheet;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Evaluators;
import org.gavel.grants.persistence.Proposals;
import org.gavel.grants.persistence.Scores;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * An assigned evaluator scores a proposal, criterion by criterion with a comment
 * ({@link ScoreSheet}), once; the scores are kept apart from the process and nobody else
 * reads them until every proposal of the call is settled. When the last evaluator has
 * scored, the proposal is scored ({@link #scored}).
 */
@Service
public class ScoringProposal {

	private final Calls calls;

	private final Proposals proposals;

	private final Evaluators evaluators;

	private final Scores scores;

	private final Clock clock;

	ScoringProposal(Calls calls, Proposals proposals, Evaluators evaluators, Scores scores, Clock clock) {
		this.calls = calls;
		this.proposals = proposals;
		this.evaluators = evaluators;
		this.scores = scores;
		this.clock = clock;
	}

	/**
	 * Records an evaluator's scores.
	 * @param scoring which proposal, who, the score lines
	 * @return done, or why not (nothing written)
	 */
	public Outcome<Outcome.Done> score(Scoring scoring) {
		return this.proposals.found(scoring.proposal()).then((proposal) -> {
			if (proposal.status() != ProposalStatus.EVALUATION
					|| !this.evaluators.assigned(proposal.id()).contains(scoring.evaluator())) {
				return Outcome
					.refused("Proposal " + proposal.reference() + " is not for " + scoring.evaluator() + " to score.");
			}
			Call call = this.calls.find(proposal.rfpId()).orElseThrow();
			return ScoreSheet.read(call.rfp().criteria(), scoring.lines()).then((sheet) -> {
				if (!this.scores.add(proposal.id(), scoring.evaluator(), sheet, this.clock.instant())) {
					return Outcome.refused("You have scored proposal " + proposal.reference() + " already.");
				}
				GrantLog.PROPOSAL_SCORED_BY.log(proposal.reference(), scoring.evaluator());
				return Outcome.done();
			});
		});
	}

	/**
	 * Every assigned evaluator has scored: the proposal is scored.
	 * @param reference the proposal
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> scored(Reference reference) {
		return this.proposals.found(reference).then((proposal) -> {
			if (proposal.status() != ProposalStatus.EVALUATION
					|| !this.scores.scoredBy(proposal.id()).containsAll(this.evaluators.assigned(proposal.id()))) {
				return Outcome.refused("Proposal " + reference + " is not scored by all its evaluators.");
			}
			this.proposals.screened(proposal.id(), ProposalStatus.SCORED, proposal.eligibilityReason());
			return Outcome.done();
		});
	}

	/**
	 * An evaluator's own scores of a proposal.
	 * @param reference the proposal
	 * @param evaluator the evaluator
	 * @return their sheet, or empty before they scored
	 */
	public Optional<ScoreSheet> mine(Reference reference, String evaluator) {
		return this.proposals.find(reference).flatMap((proposal) -> this.scores.sheetOf(proposal.id(), evaluator));
	}

	/**
	 * Scores to record.
	 *
	 * @param proposal the proposal
	 * @param evaluator the assigned evaluator, signed in
	 * @param lines one line per criterion: key, score, comment
	 */
	public record Scoring(Reference proposal, String evaluator, String lines) {

	}

}

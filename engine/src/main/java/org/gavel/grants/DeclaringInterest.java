package org.gavel.grants;

import java.time.Clock;

import org.gavel.grants.model.Conflict;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Evaluators;
import org.gavel.grants.persistence.Proposals;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * An evaluator of a proposal's panel declares, before seeing it, a conflict of interest
 * with it (with the reason) or none. Once only: a declaration is not changed.
 */
@Service
public class DeclaringInterest {

	private final Proposals proposals;

	private final Evaluators evaluators;

	private final FindingConflicts finding;

	private final Clock clock;

	DeclaringInterest(Proposals proposals, Evaluators evaluators, FindingConflicts finding, Clock clock) {
		this.proposals = proposals;
		this.evaluators = evaluators;
		this.finding = finding;
		this.clock = clock;
	}

	/**
	 * Records a declaration.
	 * @param declaration who declares what on which proposal
	 * @return done, or why not (nothing written)
	 */
	public Outcome<Outcome.Done> declare(Declaration declaration) {
		if (!"none".equals(declaration.conflict()) && !"conflict".equals(declaration.conflict())) {
			return Outcome.refused("conflict", "say whether you have a conflict of interest");
		}
		boolean conflicted = "conflict".equals(declaration.conflict());
		if (conflicted && (declaration.reason() == null || declaration.reason().isBlank())) {
			return Outcome.refused("reason", "say what the conflict is; it is recorded with the proposal");
		}
		return this.proposals.found(declaration.proposal()).then((proposal) -> {
			if (proposal.status() != ProposalStatus.ELIGIBLE
					|| !this.finding.undeclared(proposal).contains(declaration.evaluator())) {
				return Outcome.refused("Nothing about proposal " + proposal.reference() + " waits for "
						+ declaration.evaluator() + "'s declaration.");
			}
			this.evaluators.record(proposal.id(), new Conflict(declaration.evaluator(), conflicted,
					conflicted ? declaration.reason().strip() : null, false, this.clock.instant()));
			GrantLog.INTEREST_DECLARED.log(proposal.reference(), declaration.evaluator(), conflicted);
			return Outcome.done();
		});
	}

	/**
	 * A declaration.
	 *
	 * @param proposal the proposal
	 * @param evaluator who declares: the signed-in evaluator
	 * @param conflict {@code none} or {@code conflict}
	 * @param reason the conflict, when there is one
	 */
	public record Declaration(Reference proposal, String evaluator, String conflict, String reason) {

	}

}

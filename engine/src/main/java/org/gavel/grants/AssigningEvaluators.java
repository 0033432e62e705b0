package org.gavel.grants;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

import org.gavel.grants.model.Assignment;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Conflict;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Evaluators;
import org.gavel.grants.persistence.Proposals;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Every declaration is in: the proposal's evaluators are chosen among those who declared
 * no conflict ({@link Assignment}) and told; when fewer than the RFP asks for are
 * cleared, the secretariat is asked to add one.
 */
@Service
public class AssigningEvaluators {

	private final Calls calls;

	private final Proposals proposals;

	private final Evaluators evaluators;

	private final GrantMails mails;

	private final Clock clock;

	AssigningEvaluators(Calls calls, Proposals proposals, Evaluators evaluators, GrantMails mails, Clock clock) {
		this.calls = calls;
		this.proposals = proposals;
		this.evaluators = evaluators;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Assigns a proposal's evaluators.
	 * @param reference an eligible proposal
	 * @return the choice, or why not (nothing written)
	 */
	public Outcome<Assignment.Choice> assign(Reference reference) {
		return this.proposals.found(reference)
			.then((proposal) -> (proposal.status() == ProposalStatus.ELIGIBLE) ? Outcome.accepted(proposal)
					: Outcome.refused("Proposal " + reference + " is " + proposal.status().label() + "."))
			.map((proposal) -> {
				Call call = this.calls.find(proposal.rfpId()).orElseThrow();
				int needed = call.rfp().evaluatorsPerProposal();
				Set<String> cleared = new LinkedHashSet<>();
				this.evaluators.conflicts(proposal.id())
					.stream()
					.filter((conflict) -> !conflict.conflicted())
					.map(Conflict::evaluator)
					.forEach(cleared::add);
				Assignment.Choice choice = Assignment.choose(cleared, needed, this.evaluators.load(call.id()));
				if (choice.complete()) {
					this.evaluators.assign(proposal.id(), choice.evaluators(), this.clock.instant());
					this.proposals.screened(proposal.id(), ProposalStatus.EVALUATION, proposal.eligibilityReason());
					this.mails.assigned(call, proposal, choice.evaluators());
				}
				else {
					this.mails.evaluatorNeeded(call, proposal, choice.missing(),
							this.evaluators.extras(proposal.id()).size());
				}
				GrantLog.EVALUATORS_ASSIGNED.log(reference, choice.evaluators(), choice.missing());
				return choice;
			});
	}

}

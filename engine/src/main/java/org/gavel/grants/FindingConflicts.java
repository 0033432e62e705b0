package org.gavel.grants;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gavel.grants.model.Assignment;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Conflict;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Evaluators;
import org.gavel.grants.persistence.Proposals;
import org.gavel.membership.Directory;
import org.gavel.membership.model.Person;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Before any evaluator sees an eligible proposal: Gavel records the conflicts it can find
 * itself (an evaluator's organisation applies), and asks every other evaluator of the
 * proposal's panel (the RFP's, and any the secretariat added) to declare, proposal by
 * proposal, a conflict or none; they are mailed.
 */
@Service
public class FindingConflicts {

	private final Calls calls;

	private final Proposals proposals;

	private final Evaluators evaluators;

	private final Directory directory;

	private final GrantMails mails;

	private final Clock clock;

	FindingConflicts(Calls calls, Proposals proposals, Evaluators evaluators, Directory directory, GrantMails mails,
			Clock clock) {
		this.calls = calls;
		this.proposals = proposals;
		this.evaluators = evaluators;
		this.directory = directory;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Records the conflicts found and asks the rest to declare.
	 * @param reference an eligible proposal
	 * @return who is asked to declare, or why not (nothing written)
	 */
	public Outcome<List<String>> find(Reference reference) {
		return eligible(reference).map((proposal) -> {
			Instant now = this.clock.instant();
			for (String evaluator : panel(proposal)) {
				String organisation = this.directory.membership()
					.person(evaluator)
					.map(Person::organisation)
					.orElse(null);
				Assignment.automaticConflict(organisation, proposal)
					.ifPresent((reason) -> this.evaluators.record(proposal.id(),
							new Conflict(evaluator, true, reason, true, now)));
			}
			List<String> asked = undeclared(proposal);
			Call call = this.calls.find(proposal.rfpId()).orElseThrow();
			this.mails.declare(call, proposal, asked);
			return asked;
		});
	}

	/**
	 * Who of a proposal's panel has yet to declare.
	 * @param reference the proposal
	 * @return their usernames
	 */
	public List<String> undeclared(Reference reference) {
		return this.proposals.find(reference).map(this::undeclared).orElse(List.of());
	}

	List<String> undeclared(Proposal proposal) {
		Set<String> recorded = new LinkedHashSet<>();
		this.evaluators.conflicts(proposal.id()).forEach((conflict) -> recorded.add(conflict.evaluator()));
		List<String> rest = new ArrayList<>();
		for (String evaluator : panel(proposal)) {
			if (!recorded.contains(evaluator)) {
				rest.add(evaluator);
			}
		}
		return rest;
	}

	/**
	 * A proposal's panel: the RFP's evaluators and any the secretariat added, in order.
	 * @param proposal the proposal
	 * @return their usernames
	 */
	Set<String> panel(Proposal proposal) {
		Set<String> panel = new LinkedHashSet<>(
				this.calls.find(proposal.rfpId()).orElseThrow().rfp().panel().stream().sorted().toList());
		panel.addAll(this.evaluators.extras(proposal.id()));
		return panel;
	}

	private Outcome<Proposal> eligible(Reference reference) {
		return this.proposals.found(reference)
			.then((proposal) -> (proposal.status() == ProposalStatus.ELIGIBLE) ? Outcome.accepted(proposal)
					: Outcome.refused("Proposal " + reference + " is " + proposal.status().label() + "."));
	}

}

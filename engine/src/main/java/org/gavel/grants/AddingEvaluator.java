package org.gavel.grants;

import java.time.Clock;
import java.util.Optional;

import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Evaluators;
import org.gavel.grants.persistence.Proposals;
import org.gavel.membership.Directory;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Too few evaluators of a proposal's panel are free of conflicts: the secretariat adds an
 * evaluator from the directory to that proposal's panel, who is then asked to declare
 * like the others.
 */
@Service
public class AddingEvaluator {

	private final Proposals proposals;

	private final Evaluators evaluators;

	private final FindingConflicts finding;

	private final Directory directory;

	private final Clock clock;

	AddingEvaluator(Proposals proposals, Evaluators evaluators, FindingConflicts finding, Directory directory,
			Clock clock) {
		this.proposals = proposals;
		this.evaluators = evaluators;
		this.finding = finding;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Adds an evaluator.
	 * @param addition which proposal, whom, who adds them
	 * @return done, or why not (nothing written)
	 */
	public Outcome<Outcome.Done> add(Addition addition) {
		if (this.directory.membership()
			.person(addition.by())
			.filter((person) -> person.enabled() && person.holds(Role.SECRETARIAT))
			.isEmpty()) {
			return Outcome.refused("Only the secretariat adds an evaluator to a proposal's panel.");
		}
		String username = (addition.evaluator() != null) ? addition.evaluator().strip() : "";
		Optional<Person> person = this.directory.membership().person(username);
		if (person.isEmpty() || !person.get().enabled() || !person.get().holds(Role.EVALUATOR)) {
			return Outcome.refused("evaluator", "'" + username + "' is not an evaluator in the directory");
		}
		return this.proposals.found(addition.proposal()).then((proposal) -> {
			if (proposal.status() != ProposalStatus.ELIGIBLE) {
				return Outcome.refused("Proposal " + proposal.reference() + " is " + proposal.status().label() + ".");
			}
			if (this.finding.panel(proposal).contains(username)) {
				return Outcome.refused("evaluator",
						person.get().displayName() + " is already on the panel of " + proposal.reference());
			}
			this.evaluators.addExtra(proposal.id(), username, addition.by(), this.clock.instant());
			GrantLog.EVALUATOR_ADDED.log(proposal.reference(), username, addition.by());
			return Outcome.done();
		});
	}

	/**
	 * An evaluator to add.
	 *
	 * @param proposal the proposal
	 * @param evaluator their username
	 * @param by who of the secretariat adds them
	 */
	public record Addition(Reference proposal, String evaluator, String by) {

	}

}

package org.gavel.grants;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Proposals;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * An applicant changes their draft (form {@code proposal}) until they submit it or the
 * deadline passes.
 */
@Service
public class SavingProposal {

	private final Calls calls;

	private final Proposals proposals;

	private final Clock clock;

	SavingProposal(Calls calls, Proposals proposals, Clock clock) {
		this.calls = calls;
		this.proposals = proposals;
		this.clock = clock;
	}

	/**
	 * Saves a draft.
	 * @param saving which proposal, who, what
	 * @return done, or each problem by its field (nothing changed)
	 */
	public Outcome<Outcome.Done> save(Saving saving) {
		return editable(this.proposals, this.calls, saving.proposal(), saving.applicant(), this.clock, saving.zone())
			.then((proposal) -> Proposal
				.application(this.calls.find(proposal.rfpId()).orElseThrow().rfp(), saving.values())
				.then((application) -> this.proposals.save(proposal.id(), application) ? Outcome.done()
						: Outcome.refused("Proposal " + proposal.reference() + " is no longer a draft.")));
	}

	/**
	 * A draft its applicant may still change: theirs, a draft, before the deadline.
	 * @param proposals the proposals
	 * @param calls the calls
	 * @param reference the proposal
	 * @param applicant who asks
	 * @param clock the present
	 * @param zone the applicant's zone
	 * @return the draft, or why not
	 */
	static Outcome<Proposal> editable(Proposals proposals, Calls calls, Reference reference, String applicant,
			Clock clock, ZoneId zone) {
		return proposals.found(reference)
			.then((proposal) -> proposal.applicant().equals(applicant) ? Outcome.accepted(proposal)
					: Outcome.refused("There is no proposal " + reference + "."))
			.then(Proposal::editable)
			.then((proposal) -> Proposal.inTime(calls.find(proposal.rfpId()).orElseThrow().rfp(), clock.instant(), zone)
				.map((rfp) -> proposal));
	}

	/**
	 * A draft to save.
	 *
	 * @param proposal the proposal
	 * @param applicant the signed-in applicant
	 * @param values the proposal form's checked values
	 * @param zone the applicant's zone
	 */
	public record Saving(Reference proposal, String applicant, Map<String, Object> values, ZoneId zone) {

	}

}

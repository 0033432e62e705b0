package org.gavel.grants;

import org.gavel.grants.model.Call;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.Screening;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Proposals;
import org.gavel.membership.Directory;
import org.gavel.membership.model.Role;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Eligibility screening of a submitted proposal: the decision table's answer is kept
 * ({@link #record}); an ineligible one goes to the secretariat, who confirms it or
 * overrides it with a reason ({@link #review}); a confirmed ineligible proposal's
 * applicant is told why ({@link #notifyIneligible}).
 */
@Service
public class ScreeningProposal {

	private final Calls calls;

	private final Proposals proposals;

	private final Directory directory;

	private final GrantMails mails;

	ScreeningProposal(Calls calls, Proposals proposals, Directory directory, GrantMails mails) {
		this.calls = calls;
		this.proposals = proposals;
		this.directory = directory;
		this.mails = mails;
	}

	/**
	 * Keeps the table's answer.
	 * @param reference the proposal
	 * @param screening the table's answer
	 * @return the answer, or why not (nothing written)
	 */
	public Outcome<Screening> record(Reference reference, Screening screening) {
		return submitted(reference).map((proposal) -> {
			this.proposals.screened(proposal.id(),
					screening.eligible() ? ProposalStatus.ELIGIBLE : ProposalStatus.SCREENING, screening.reason());
			if (!screening.eligible()) {
				this.mails.toReview(call(proposal), proposal, screening.reason());
			}
			GrantLog.PROPOSAL_SCREENED.log(reference, screening.eligible());
			return screening;
		});
	}

	/**
	 * The secretariat's review of an ineligible answer.
	 * @param review which proposal, the decision, its reason, who
	 * @return whether the proposal is eligible after all, or why not (nothing written)
	 */
	public Outcome<Boolean> review(Review review) {
		if (this.directory.membership()
			.person(review.by())
			.filter((person) -> person.enabled() && person.holds(Role.SECRETARIAT))
			.isEmpty()) {
			return Outcome.refused("Only the secretariat reviews a screening.");
		}
		boolean override = "override".equals(review.decision());
		if (!override && !"confirm".equals(review.decision())) {
			return Outcome.refused("decision", "choose to confirm or to override");
		}
		if (review.reason() == null || review.reason().isBlank()) {
			return Outcome.refused("reason", "say why: it is recorded with the proposal");
		}
		return this.proposals.found(review.proposal()).then((proposal) -> {
			if (proposal.status() != ProposalStatus.SCREENING) {
				return Outcome.refused("Proposal " + proposal.reference() + " is " + proposal.status().label() + ".");
			}
			this.proposals.reviewed(proposal.id(), override ? ProposalStatus.ELIGIBLE : ProposalStatus.INELIGIBLE,
					review.reason().strip(), review.by());
			GrantLog.SCREENING_REVIEWED.log(proposal.reference(), review.decision(), override, review.by());
			return Outcome.accepted(override);
		});
	}

	/**
	 * Tells the applicant their proposal is not eligible.
	 * @param reference the proposal
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> notifyIneligible(Reference reference) {
		return this.proposals.found(reference).then((proposal) -> {
			if (proposal.status() != ProposalStatus.INELIGIBLE) {
				return Outcome.refused("Proposal " + reference + " is " + proposal.status().label() + ".");
			}
			this.mails.ineligible(call(proposal), proposal, proposal.eligibilityReason());
			return Outcome.done();
		});
	}

	private Outcome<Proposal> submitted(Reference reference) {
		return this.proposals.found(reference)
			.then((proposal) -> (proposal.status() == ProposalStatus.SUBMITTED) ? Outcome.accepted(proposal)
					: Outcome.refused("Proposal " + reference + " is " + proposal.status().label() + "."));
	}

	private Call call(Proposal proposal) {
		return this.calls.find(proposal.rfpId()).orElseThrow();
	}

	/**
	 * The secretariat's review.
	 *
	 * @param proposal the proposal
	 * @param decision {@code confirm} or {@code override}
	 * @param reason why
	 * @param by who of the secretariat
	 */
	public record Review(Reference proposal, String decision, String reason, String by) {

	}

}

package org.gavel.grants;

import java.time.Clock;
import java.time.ZoneId;

import org.gavel.grants.model.Call;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Proposals;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * An applicant withdraws their proposal, a draft or submitted, until the deadline
 * ({@link #mayWithdraw}); its process records it ({@link #record}) and the applicant is
 * mailed. After the deadline a proposal can no longer be withdrawn.
 */
@Service
public class WithdrawingProposal {

	private final Calls calls;

	private final Proposals proposals;

	private final GrantMails mails;

	private final Clock clock;

	WithdrawingProposal(Calls calls, Proposals proposals, GrantMails mails, Clock clock) {
		this.calls = calls;
		this.proposals = proposals;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Whether an applicant may withdraw a proposal now.
	 * @param reference the proposal
	 * @param applicant who asks
	 * @param zone their zone
	 * @return the proposal, or why not
	 */
	public Outcome<Proposal> mayWithdraw(Reference reference, String applicant, ZoneId zone) {
		return this.proposals.found(reference)
			.then((proposal) -> proposal.applicant().equals(applicant) ? Outcome.accepted(proposal)
					: Outcome.refused("There is no proposal " + reference + "."))
			.then((proposal) -> Proposal
				.inTime(this.calls.find(proposal.rfpId()).orElseThrow().rfp(), this.clock.instant(), zone)
				.map((rfp) -> proposal))
			.then((proposal) -> (proposal.status() == ProposalStatus.DRAFT
					|| proposal.status() == ProposalStatus.SUBMITTED) ? Outcome.accepted(proposal)
							: Outcome.refused("Proposal " + reference + " is " + proposal.status().label() + "."));
	}

	/**
	 * Records a withdrawal, as its process's step.
	 * @param reference the proposal
	 * @return done, or why not (nothing written)
	 */
	public Outcome<Outcome.Done> record(Reference reference) {
		return this.proposals.found(reference).then((proposal) -> {
			boolean open = proposal.status() == ProposalStatus.DRAFT || proposal.status() == ProposalStatus.SUBMITTED;
			if (!open || !this.proposals.move(proposal.id(), proposal.status(), ProposalStatus.WITHDRAWN,
					this.clock.instant())) {
				return Outcome.refused("Proposal " + reference + " is " + proposal.status().label() + ".");
			}
			Call call = this.calls.find(proposal.rfpId()).orElseThrow();
			this.mails.withdrawn(call, proposal);
			GrantLog.PROPOSAL_WITHDRAWN.log(reference);
			return Outcome.done();
		});
	}

}

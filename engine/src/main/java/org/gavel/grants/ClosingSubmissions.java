package org.gavel.grants;

import org.gavel.grants.model.Call;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.RfpStatus;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Proposals;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * The deadline passed: the RFP closes ({@link #close}); its process then tells every
 * proposal's process, so that each draft lapses ({@link #lapse}, its applicant mailed)
 * and each submitted proposal is screened.
 */
@Service
public class ClosingSubmissions {

	private final Calls calls;

	private final Proposals proposals;

	private final GrantMails mails;

	ClosingSubmissions(Calls calls, Proposals proposals, GrantMails mails) {
		this.calls = calls;
		this.proposals = proposals;
		this.mails = mails;
	}

	/**
	 * Closes an RFP.
	 * @param reference the RFP
	 * @return the closed RFP, or why not (nothing written)
	 */
	public Outcome<Call> close(Reference reference) {
		return this.calls.found(reference).then((call) -> call.open()).map((call) -> {
			this.calls.status(call.id(), RfpStatus.CLOSED);
			long submitted = this.proposals.ofRfp(call.id())
				.stream()
				.filter((p) -> p.status() == ProposalStatus.SUBMITTED)
				.count();
			long drafts = this.proposals.ofRfp(call.id())
				.stream()
				.filter((p) -> p.status() == ProposalStatus.DRAFT)
				.count();
			GrantLog.SUBMISSIONS_CLOSED.log(reference, submitted, drafts);
			return call;
		});
	}

	/**
	 * Records a draft the deadline caught as not submitted.
	 * @param reference the proposal
	 * @return done, or why not (nothing written)
	 */
	public Outcome<Outcome.Done> lapse(Reference reference) {
		return this.proposals.found(reference).then((proposal) -> {
			if (!this.proposals.move(proposal.id(), ProposalStatus.DRAFT, ProposalStatus.LAPSED, null)) {
				return Outcome.refused("Proposal " + reference + " is " + proposal.status().label() + ".");
			}
			this.mails.lapsed(call(proposal), proposal);
			GrantLog.PROPOSAL_LAPSED.log(reference);
			return Outcome.done();
		});
	}

	private Call call(Proposal proposal) {
		return this.calls.find(proposal.rfpId()).orElseThrow();
	}

}

package org.gavel.grants;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.gavel.attachments.model.Attachment;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Eligibility;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Proposals;
import org.gavel.membership.MemberContexts;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * An applicant submits their draft before the deadline, every required file attached: it
 * can no longer be changed, only withdrawn until the deadline. The applicant is mailed a
 * receipt with each file's SHA-256; {@code GrantProcesses} tells the proposal's process,
 * with what the eligibility table will be asked.
 */
@Service
public class SubmittingProposal {

	private final Calls calls;

	private final Proposals proposals;

	private final ReadingCalls reading;

	private final GrantMails mails;

	private final Clock clock;

	private final MemberContexts contexts;

	SubmittingProposal(Calls calls, Proposals proposals, ReadingCalls reading, GrantMails mails, Clock clock,
			MemberContexts contexts) {
		this.contexts = contexts;
		this.calls = calls;
		this.proposals = proposals;
		this.reading = reading;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Submits a draft.
	 * @param reference the proposal
	 * @param applicant the signed-in applicant
	 * @param zone the applicant's zone
	 * @return what the eligibility table is asked, or why not (nothing changed)
	 */
	public Outcome<Eligibility> submit(Reference reference, String applicant, ZoneId zone) {
		Instant now = this.clock.instant();
		return this.proposals.found(reference).then((found) -> {
			this.proposals.lock(found.id());
			return SavingProposal.editable(this.proposals, this.calls, reference, applicant, this.clock, zone);
		}).then((proposal) -> {
			Call call = this.calls.find(proposal.rfpId()).orElseThrow();
			List<Attachment> files = this.reading.files(proposal);
			for (int slot = 0; slot < files.size(); slot++) {
				if (files.get(slot) == null) {
					return Outcome.refused("file",
							"Attach " + call.rfp().attachments().get(slot).label() + " before you submit.");
				}
			}
			if (!this.proposals.move(proposal.id(), ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, now)) {
				return Outcome.refused("Proposal " + reference + " is no longer a draft.");
			}
			this.mails.submitted(call, proposal, files);
			GrantLog.PROPOSAL_SUBMITTED.log(reference);
			boolean member = this.contexts.find(applicant)
				.filter((context) -> context.organisation() != null)
				.isPresent();
			return Outcome.accepted(Eligibility.of(call.rfp(), proposal.application(), member));
		});
	}

}

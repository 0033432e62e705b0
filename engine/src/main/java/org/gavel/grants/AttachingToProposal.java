package org.gavel.grants;

import java.time.Clock;
import java.time.ZoneId;

import org.gavel.attachments.StoringAttachment;
import org.gavel.attachments.model.Attachment;
import org.gavel.attachments.model.AttachmentRule;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.RequiredAttachment;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Proposals;
import org.gavel.system.Outcome;
import org.gavel.system.RefusalsRollBack;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An applicant attaches one of the call's required files to their draft: stored whole
 * under the file's rule (types detected from the content, the size limit) or not at all;
 * a second upload for the same file replaces the first. The SHA-256 is their receipt.
 */
@Service
public class AttachingToProposal {

	private final Calls calls;

	private final Proposals proposals;

	private final StoringAttachment storing;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AttachingToProposal(Calls calls, Proposals proposals, StoringAttachment storing, Clock clock,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.calls = calls;
		this.proposals = proposals;
		this.storing = storing;
		this.clock = clock;
	}

	/**
	 * Stores a file.
	 * @param upload which proposal, which required file, the file, who
	 * @return the stored file, or why not (by the field {@code file}; nothing stored)
	 */
	public Outcome<Attachment> attach(Upload upload) {
		return RefusalsRollBack.in(this.transactions, () -> this.proposals.found(upload.proposal()).then((found) -> {
			// an upload and the submission of the same draft run one after the other
			this.proposals.lock(found.id());
			return SavingProposal.editable(this.proposals, this.calls, upload.proposal(), upload.applicant(),
					this.clock, upload.zone());
		}).then((proposal) -> {
			Call call = this.calls.find(proposal.rfpId()).orElseThrow();
			if (upload.slot() < 0 || upload.slot() >= call.rfp().attachments().size()) {
				return Outcome.refused("file", "The call asks for no such file.");
			}
			RequiredAttachment required = call.rfp().attachments().get(upload.slot());
			return this.storing
				.store(new StoringAttachment.Upload(ProposalFiles.owner(proposal, upload.slot()), upload.fileName(),
						upload.content(), upload.applicant(),
						new AttachmentRule(required.label(), required.mediaTypes(), required.maxBytes())))
				.ifAccepted((stored) -> GrantLog.PROPOSAL_FILE_STORED.log(proposal.reference(), upload.slot(),
						stored.id(), stored.size()));
		}));
	}

	/**
	 * A file to attach.
	 *
	 * @param proposal the proposal
	 * @param slot which of the call's required files, from 0
	 * @param fileName the name it came with
	 * @param content its bytes
	 * @param applicant the signed-in applicant
	 * @param zone the applicant's zone
	 */
	public record Upload(Reference proposal, int slot, String fileName, byte[] content, String applicant, ZoneId zone) {

	}

}

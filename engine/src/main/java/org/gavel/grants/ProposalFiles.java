package org.gavel.grants;

import java.util.UUID;

import org.gavel.attachments.AttachmentAccess;
import org.gavel.attachments.model.Attachment;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.persistence.Evaluators;

import org.springframework.stereotype.Component;

/**
 * A proposal's files: one record per required file of its RFP (owner
 * {@code proposal:<id>/<slot>}), the latest upload counting. Besides their uploader and
 * the secretariat, they are read by the evaluators assigned to the proposal, each of whom
 * declared no conflict with it; not by the RFP's chair, nor by a conflicted evaluator.
 */
@Component
class ProposalFiles implements AttachmentAccess {

	/** The kind of record a proposal's files are attached to. */
	static final String KIND = "proposal";

	private final Evaluators evaluators;

	ProposalFiles(Evaluators evaluators) {
		this.evaluators = evaluators;
	}

	static Attachment.Owner owner(Proposal proposal, int slot) {
		return new Attachment.Owner(KIND, proposal.id() + "/" + slot);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public boolean mayRead(Attachment.Owner owner, String username) {
		String id = owner.id();
		int slash = id.indexOf('/');
		if (slash < 0) {
			return false;
		}
		return this.evaluators.assigned(UUID.fromString(id.substring(0, slash))).contains(username);
	}

}

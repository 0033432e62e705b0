package org.gavel.grants;

import org.gavel.attachments.AttachmentAccess;
import org.gavel.attachments.model.Attachment;
import org.gavel.grants.model.Proposal;

import org.springframework.stereotype.Component;

/**
 * A proposal's files: one record per required file of its RFP (owner
 * {@code proposal:<id>/<slot>}), the latest upload counting. Besides their uploader and
 * the secretariat nobody reads them yet: the evaluators assigned to the proposal who
 * declared no conflict will, once evaluation is built; the RFP's chair does not.
 */
@Component
class ProposalFiles implements AttachmentAccess {

	/** The kind of record a proposal's files are attached to. */
	static final String KIND = "proposal";

	static Attachment.Owner owner(Proposal proposal, int slot) {
		return new Attachment.Owner(KIND, proposal.id() + "/" + slot);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public boolean mayRead(Attachment.Owner owner, String username) {
		return false;
	}

}

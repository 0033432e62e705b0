package org.gavel.grants;

import org.gavel.attachments.AttachmentAccess;
import org.gavel.attachments.model.Attachment;
import org.gavel.grants.model.Proposal;

import org.springframework.stereotype.Component;

/**
 * A milestone report's files (owner {@code milestone:<proposal id>/<number>}): read by
 * their uploader, the grantee, and the secretariat, nobody else.
 */
@Component
class MilestoneFiles implements AttachmentAccess {

	static final String KIND = "milestone";

	static Attachment.Owner owner(Proposal proposal, int number) {
		return new Attachment.Owner(KIND, proposal.id() + "/" + number);
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

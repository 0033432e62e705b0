package org.gavel.resolutions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.resolutions.ResolutionMails;

import org.springframework.stereotype.Component;

/**
 * Invites the co-sponsors the draft names.
 */
@Component("inviteCoSponsorsStep")
class InviteCoSponsorsStep implements JavaDelegate {

	private final ResolutionMails mails;

	InviteCoSponsorsStep(ResolutionMails mails) {
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.mails.invitations(GaResolutionProcess.RESOLUTION_ID.from(execution));
	}

}

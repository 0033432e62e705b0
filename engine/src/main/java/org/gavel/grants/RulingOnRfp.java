package org.gavel.grants;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.gavel.grants.model.Call;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.RfpStatus;
import org.gavel.grants.persistence.Calls;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * The Executive Committee decided on an RFP: approved, it is published and open until its
 * deadline; rejected, it never is. Its chair (and, on publication, the secretariat) is
 * mailed.
 */
@Service
public class RulingOnRfp {

	private final Calls calls;

	private final GrantMails mails;

	private final Clock clock;

	RulingOnRfp(Calls calls, GrantMails mails, Clock clock) {
		this.calls = calls;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Publishes an approved RFP.
	 * @param reference the RFP
	 * @param approvalId the EC's item
	 * @return the published RFP, or why not (nothing written)
	 */
	public Outcome<Call> publish(Reference reference, UUID approvalId) {
		return this.calls.found(reference).then(RulingOnRfp::beforeEc).map((call) -> {
			Instant now = this.clock.instant();
			this.calls.approved(call.id(), approvalId, now);
			Call published = this.calls.find(call.id()).orElseThrow();
			this.mails.published(published);
			GrantLog.RFP_PUBLISHED.log(reference, approvalId, call.rfp().deadline());
			return published;
		});
	}

	/**
	 * Records the EC's rejection.
	 * @param reference the RFP
	 * @param approvalId the EC's item
	 * @return done, or why not (nothing written)
	 */
	public Outcome<Outcome.Done> reject(Reference reference, UUID approvalId) {
		return this.calls.found(reference).then(RulingOnRfp::beforeEc).then((call) -> {
			this.calls.rejected(call.id(), approvalId);
			this.mails.rejected(call);
			GrantLog.RFP_REJECTED.log(reference, approvalId);
			return Outcome.done();
		});
	}

	private static Outcome<Call> beforeEc(Call call) {
		return (call.status() == RfpStatus.BEFORE_EC) ? Outcome.accepted(call)
				: Outcome.refused(call.reference() + " is " + call.status().label() + ".");
	}

}

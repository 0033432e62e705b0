package org.gavel.grants;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Proposals;
import org.gavel.membership.MemberContexts;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * An applicant starts a proposal to an open call (form {@code proposal}): checked against
 * the call and stored as a draft that only they see; {@code GrantProcesses} starts its
 * {@code ProposalProcess} in the same transaction. A call past its deadline refuses it,
 * with the deadline in the call's zone and the applicant's.
 */
@Service
public class StartingProposal {

	private final Calls calls;

	private final Proposals proposals;

	private final MemberContexts contexts;

	private final Clock clock;

	StartingProposal(Calls calls, Proposals proposals, MemberContexts contexts, Clock clock) {
		this.calls = calls;
		this.proposals = proposals;
		this.contexts = contexts;
		this.clock = clock;
	}

	/**
	 * Stores a new draft.
	 * @param start which call, who, what they wrote, where they are
	 * @return the draft, or each problem by its field (nothing stored)
	 */
	public Outcome<Proposal> start(Start start) {
		Instant now = this.clock.instant();
		return this.calls.found(start.rfp()).then((found) -> {
			// the close of submissions and a new draft run one after the other
			this.calls.lock(found.id());
			return this.calls.found(start.rfp());
		})
			.then((call) -> call.open())
			.then((call) -> Proposal.inTime(call.rfp(), now, start.zone()).map((rfp) -> call))
			.then((call) -> Proposal.application(call.rfp(), start.values()).map((application) -> {
				Reference reference = call.reference().proposal(this.proposals.nextNumber(call.id()));
				String member = this.contexts.find(start.applicant())
					.filter((context) -> context.organisation() != null)
					.map((context) -> context.organisation().id())
					.orElse(null);
				Proposal proposal = new Proposal(UUID.randomUUID(), reference, call.id(), start.applicant(), member,
						ProposalStatus.DRAFT, application, now, null, null, null, null);
				this.proposals.add(proposal);
				GrantLog.PROPOSAL_STARTED.log(reference);
				return proposal;
			}));
	}

	/**
	 * A proposal to start.
	 *
	 * @param rfp the call
	 * @param applicant the signed-in applicant
	 * @param values the proposal form's checked values
	 * @param zone the applicant's zone, for the deadline shown in a refusal
	 */
	public record Start(Reference rfp, String applicant, Map<String, Object> values, ZoneId zone) {

	}

}

package org.gavel.grants;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gavel.approvals.ApprovalDocuments;
import org.gavel.approvals.ItemSubjects;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Feedback;
import org.gavel.grants.model.Money;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Recommendation;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.RfpStatus;
import org.gavel.grants.persistence.Awards;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Proposals;
import org.gavel.grants.persistence.Scores;
import org.gavel.system.Outcome;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Service;

/**
 * The working group's recommendation and the EC's award. The chair records the
 * recommendation (which proposals, for how much, within the ceiling) and the award's
 * conditions; it goes to the EC as an item of type AWARD about {@code award:<rfp id>},
 * from which every EC seat of a member organisation that applied is recused. The EC may
 * return it for revision (form {@code recommendation}, a new round), reject it (back to
 * the working group) or approve it: the recommended proposals are then awarded, the
 * others not.
 */
@Service
public class AwardingGrants implements ApprovalDocuments, ItemSubjects {

	/** What an award's item before the EC has as its subject, before the RFP's id. */
	public static final String SUBJECT = "award:";

	private final Calls calls;

	private final Proposals proposals;

	private final Awards awards;

	private final Scores scores;

	private final GrantMails mails;

	private final GrantSettings settings;

	private final Clock clock;

	AwardingGrants(Calls calls, Proposals proposals, Awards awards, Scores scores, GrantMails mails,
			GrantSettings settings, Clock clock) {
		this.scores = scores;
		this.calls = calls;
		this.proposals = proposals;
		this.awards = awards;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Records the working group's recommendation as a new round, refused with the figures
	 * when over the ceiling, above a proposal's request or the largest grant.
	 * @param recommending which call, who, the form's lines and conditions
	 * @return the round, or why not (nothing written)
	 */
	public Outcome<Integer> recommend(Recommending recommending) {
		return this.calls.found(recommending.rfp()).then((call) -> {
			this.calls.lock(call.id());
			RfpStatus status = this.calls.find(call.id()).orElseThrow().status();
			if (status != RfpStatus.RANKED && !(recommending.revision() && status == RfpStatus.RECOMMENDED)) {
				return Outcome.refused(call.reference() + " is " + status.label() + ".");
			}
			Map<String, Proposal> scored = scored(call);
			Map<String, Money> requested = new LinkedHashMap<>();
			scored.forEach((reference, proposal) -> requested.put(reference, proposal.application().requested()));
			return Recommendation.read(recommending.grants(), call.rfp(), requested).map((recommendation) -> {
				Map<UUID, Money> grants = new LinkedHashMap<>();
				recommendation.grants()
					.forEach((grant) -> grants.put(scored.get(grant.proposal()).id(), grant.amount()));
				int round = this.awards.recommend(call.id(), grants,
						(recommending.conditions() != null) ? recommending.conditions().strip() : "", recommending.by(),
						this.clock.instant());
				this.calls.status(call.id(), RfpStatus.RECOMMENDED);
				GrantLog.GRANTS_RECOMMENDED.log(call.reference(), round, grants.size(), recommendation.total(),
						recommending.by());
				return round;
			});
		});
	}

	/**
	 * The call's latest recommendation.
	 * @param call the call
	 * @return it, if the working group recommended
	 */
	public Optional<Recommended> recommendation(Call call) {
		int round = this.awards.round(call.id());
		if (round == 0) {
			return Optional.empty();
		}
		List<Awards.Recommended> grants = this.awards.recommended(call.id(), round, call.rfp().ceiling().currency());
		Money total = grants.stream()
			.map(Awards.Recommended::amount)
			.reduce(Money.zero(call.rfp().ceiling().currency()), Money::plus);
		return Optional.of(new Recommended(round, grants, total, this.awards.conditions(call.id())));
	}

	/**
	 * The member organisations that applied to a call (submitted a proposal): their EC
	 * seats are recused from the award.
	 * @param call the call
	 * @return their ids separated by commas, or {@code null} when none applied
	 */
	public String applyingMembers(Call call) {
		Set<String> members = new LinkedHashSet<>();
		for (Proposal proposal : this.proposals.ofRfp(call.id())) {
			if (proposal.submittedAt() != null && proposal.memberOrganisation() != null) {
				members.add(proposal.memberOrganisation());
			}
		}
		return members.isEmpty() ? null : String.join(",", members);
	}

	/**
	 * The EC approved the latest recommendation: its proposals are awarded their amounts
	 * (with matched funding, offered to the funding members until the pledge deadline),
	 * every other scored proposal is not.
	 * @param rfp the call
	 * @param approval the EC's item that approved the award
	 * @return the decision per scored proposal, or why not
	 */
	public Outcome<List<Decided>> awarded(Reference rfp, UUID approval) {
		return this.calls.found(rfp).then((call) -> {
			if (call.status() != RfpStatus.RECOMMENDED) {
				return Outcome.refused(rfp + " is " + call.status().label() + ".");
			}
			Instant now = this.clock.instant();
			Map<UUID, Money> grants = new LinkedHashMap<>();
			this.awards.recommended(call.id(), this.awards.round(call.id()), call.rfp().ceiling().currency())
				.forEach((grant) -> grants.put(grant.proposalId(), grant.amount()));
			boolean matched = call.rfp().matchedFunding();
			Instant pledgesClose = matched ? now.plus(this.settings.pledgePeriod()) : null;
			List<Decided> decided = new ArrayList<>();
			for (Proposal proposal : scored(call).values()) {
				Money amount = grants.get(proposal.id());
				if (amount != null) {
					this.awards.award(proposal.id(), amount, pledgesClose);
					this.proposals.move(proposal.id(), ProposalStatus.SCORED,
							matched ? ProposalStatus.FUNDING : ProposalStatus.AWARDED, now);
				}
				else {
					this.proposals.move(proposal.id(), ProposalStatus.SCORED, ProposalStatus.NOT_AWARDED, now);
				}
				decided.add(new Decided(proposal.reference(), amount != null, matched, pledgesClose));
			}
			this.calls.status(call.id(), RfpStatus.AWARDED);
			this.awards.awarded(call.id(), now);
			GrantLog.GRANTS_AWARDED.log(rfp, approval, grants.size(), decided.size() - grants.size(), matched);
			return Outcome.accepted(decided);
		});
	}

	/**
	 * The EC rejected the recommendation: it goes back to the working group, whose chair
	 * is mailed; the rejected round stays on record.
	 * @param rfp the call
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> rejected(Reference rfp) {
		return this.calls.found(rfp).then((call) -> {
			if (call.status() != RfpStatus.RECOMMENDED) {
				return Outcome.refused(rfp + " is " + call.status().label() + ".");
			}
			this.calls.status(call.id(), RfpStatus.RANKED);
			int round = this.awards.round(call.id());
			this.mails.awardRejected(call, round);
			GrantLog.AWARD_REJECTED.log(rfp, round);
			return Outcome.done();
		});
	}

	/**
	 * Tells an applicant the award's outcome for their proposal, with a link to the award
	 * or regret letter.
	 * @param reference the proposal
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> tell(Reference reference) {
		return this.proposals.found(reference).then((proposal) -> {
			boolean awarded = proposal.status() == ProposalStatus.AWARDED;
			if (!awarded && proposal.status() != ProposalStatus.NOT_AWARDED) {
				return Outcome.refused("Proposal " + reference + " is " + proposal.status().label() + ".");
			}
			this.mails.outcome(this.calls.find(proposal.rfpId()).orElseThrow(), proposal, awarded);
			GrantLog.APPLICANT_TOLD.log(reference, proposal.status());
			return Outcome.done();
		});
	}

	/**
	 * The letter an applicant reads once the EC decided: the award's amount and
	 * conditions, or the panel's feedback per criterion, unattributed.
	 * @param proposal the proposal (already found readable by who asks)
	 * @return the letter, if the award is decided for it
	 */
	public Optional<Letter> letter(Proposal proposal) {
		Call call = this.calls.find(proposal.rfpId()).orElseThrow();
		Optional<Instant> decided = this.awards.awardedAt(call.id());
		if (decided.isEmpty() || !proposal.status().scored() || proposal.status() == ProposalStatus.SCORED) {
			return Optional.empty();
		}
		Optional<Awards.Award> award = this.awards.award(proposal.id());
		return Optional.of(new Letter(call, proposal, decided.get(), award.map(Awards.Award::amount).orElse(null),
				award.isPresent() ? this.awards.conditions(call.id()) : null,
				Feedback.of(call.rfp().criteria(), this.scores.sheets(proposal.id()))));
	}

	private Map<String, Proposal> scored(Call call) {
		Map<String, Proposal> scored = new LinkedHashMap<>();
		this.proposals.ofRfp(call.id())
			.stream()
			.filter((p) -> p.status().scored())
			.forEach((p) -> scored.put(p.reference().toString(), p));
		return scored;
	}

	@Override
	public boolean handles(String subject) {
		return subject.startsWith(SUBJECT);
	}

	@Override
	public Optional<Link> link(String subject) {
		return handles(subject)
				? this.calls.find(idOf(subject))
					.map((call) -> new Link("Recommendation", "/rfps/" + call.reference() + "/ranking",
							call.reference() + ": the ranking and the working group's recommendation"))
				: Optional.empty();
	}

	@Override
	public Map<String, String> current(String subject) {
		Call call = this.calls.find(idOf(subject)).orElseThrow();
		Map<String, String> values = new LinkedHashMap<>();
		recommendation(call).ifPresent((recommended) -> {
			values.put("grants", recommended.lines());
			values.put("conditions", recommended.conditions());
		});
		return values;
	}

	@Override
	public int revise(String subject, Map<String, Object> values, String by) {
		Call call = this.calls.find(idOf(subject)).orElseThrow();
		return recommend(new Recommending(call.reference(), by, text(values.get("grants")),
				text(values.get("conditions")), true))
			.orElseThrow(InputRefusedException::new);
	}

	/**
	 * The number of the call's latest recommendation, the version of its item before the
	 * EC.
	 * @param call the call
	 * @return from 1
	 */
	public int version(Call call) {
		return Math.max(1, this.awards.round(call.id()));
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static UUID idOf(String subject) {
		return UUID.fromString(subject.substring(SUBJECT.length()));
	}

	/**
	 * A recommendation to record.
	 *
	 * @param rfp the call
	 * @param by the chair, signed in
	 * @param grants one line per grant: {@code proposal | amount}
	 * @param conditions the award's conditions, or {@code null}
	 * @param revision whether it revises a recommendation the EC returned
	 */
	public record Recommending(Reference rfp, String by, String grants, String conditions, boolean revision) {

	}

	/**
	 * A call's recommendation as its pages show it.
	 *
	 * @param round its round, from 1
	 * @param grants the recommended grants
	 * @param total their sum
	 * @param conditions the award's conditions
	 */
	public record Recommended(int round, List<Awards.Recommended> grants, Money total, String conditions) {

		/**
		 * The grants as the recommendation form writes them.
		 * @return one line per grant
		 */
		public String lines() {
			return String.join("\n",
					this.grants.stream()
						.map((g) -> g.proposal() + " | " + g.amount().amount().toPlainString())
						.toList());
		}

	}

	/**
	 * An award or regret letter.
	 *
	 * @param call the call
	 * @param proposal the proposal
	 * @param decided when the EC's award was recorded
	 * @param amount the grant, or {@code null} when not awarded
	 * @param conditions the award's conditions, or {@code null} when not awarded
	 * @param feedback the panel's mean score and comments per criterion
	 */
	public record Letter(Call call, Proposal proposal, Instant decided, Money amount, String conditions,
			Feedback feedback) {

		public boolean awarded() {
			return this.amount != null;
		}

	}

	/**
	 * The award's outcome for one scored proposal.
	 *
	 * @param proposal the proposal
	 * @param awarded whether it is awarded
	 * @param matched whether its funding is matched by the funding members
	 * @param pledgesClose the pledge deadline, or {@code null}
	 */
	public record Decided(Reference proposal, boolean awarded, boolean matched, Instant pledgesClose) {

	}

}

package org.gavel.grants;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gavel.grants.model.Call;
import org.gavel.grants.model.Funding;
import org.gavel.grants.model.Money;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Awards;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Proposals;
import org.gavel.membership.Directory;
import org.gavel.membership.model.Membership;
import org.gavel.membership.model.Organisation;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;
import org.gavel.system.Dates;
import org.gavel.system.Outcome;

import org.springframework.stereotype.Service;

/**
 * Matched funding: a proposal the EC approved on a call with matched funding is offered
 * to the funding members (the member organisations of the categories
 * {@code gavel.grants.funding-categories} names), whose people pledge amounts for their
 * organisation until the grant is covered or the pledge deadline passes.
 */
@Service
public class FundingGrants {

	private final Calls calls;

	private final Proposals proposals;

	private final Awards awards;

	private final Directory directory;

	private final GrantMails mails;

	private final GrantSettings settings;

	private final Clock clock;

	FundingGrants(Calls calls, Proposals proposals, Awards awards, Directory directory, GrantMails mails,
			GrantSettings settings, Clock clock) {
		this.calls = calls;
		this.proposals = proposals;
		this.awards = awards;
		this.directory = directory;
		this.mails = mails;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The people who may pledge: members of a funding member organisation.
	 * @return their usernames
	 */
	public List<String> fundingMembers() {
		Membership membership = this.directory.membership();
		return membership.persons()
			.stream()
			.filter((person) -> person.enabled() && person.holds(Role.MEMBER))
			.filter((person) -> funder(membership, person).isPresent())
			.map(Person::username)
			.sorted()
			.toList();
	}

	/**
	 * The organisation a person pledges for.
	 * @param username who
	 * @return their member organisation, if it is a funding member
	 */
	public Optional<Organisation> pledgesFor(String username) {
		Membership membership = this.directory.membership();
		return membership.person(username).filter(Person::enabled).flatMap((person) -> funder(membership, person));
	}

	private Optional<Organisation> funder(Membership membership, Person person) {
		return person.organisationId()
			.flatMap(membership::organisation)
			.filter((organisation) -> organisation.categoryId()
				.filter(this.settings.fundingCategories()::contains)
				.isPresent());
	}

	/**
	 * The proposals offered to funding members now.
	 * @return each with its funding so far
	 */
	public List<Offer> offers() {
		return this.proposals.withStatus(ProposalStatus.FUNDING).stream().map(this::offer).toList();
	}

	/**
	 * A proposal's funding as it stands.
	 * @param proposal an awarded proposal
	 * @return its offer
	 */
	public Offer offer(Proposal proposal) {
		Call call = this.calls.find(proposal.rfpId()).orElseThrow();
		Awards.Award award = this.awards.award(proposal.id()).orElseThrow();
		List<Awards.Pledge> pledges = this.awards.pledges(proposal.id(), award.amount().currency());
		Funding funding = Funding.of(award.amount());
		for (Awards.Pledge pledge : pledges) {
			funding = new Funding(funding.grant(), funding.pledged().plus(pledge.amount()));
		}
		String organisations = String.join(", ",
				pledges.stream().map(Awards.Pledge::organisation).distinct().map(this::name).toList());
		return new Offer(call, proposal, funding, pledges, organisations,
				(award.pledgesClose() != null) ? Dates.at(award.pledgesClose(), call.rfp().zone()) : "");
	}

	private String name(String organisation) {
		return this.directory.membership().organisation(organisation).map(Organisation::name).orElse(organisation);
	}

	/**
	 * Records a pledge, refused when the proposal is already funded, the pledge deadline
	 * passed, the amount is more than remains or the person pledges for no funding
	 * member.
	 * @param pledging which proposal, who, how much
	 * @return whether the grant is now covered, or why not (nothing written)
	 */
	public Outcome<Boolean> pledge(Pledging pledging) {
		return this.proposals.found(pledging.proposal()).then((found) -> {
			this.proposals.lock(found.id());
			Proposal proposal = this.proposals.find(found.id()).orElseThrow();
			Optional<Organisation> organisation = pledgesFor(pledging.by());
			if (organisation.isEmpty()) {
				return Outcome
					.refused("Only the people of a funding member organisation pledge; yours is not one of them.");
			}
			if (proposal.status() == ProposalStatus.AWARDED) {
				return Outcome.refused("amount", "this grant is already funded");
			}
			if (proposal.status() != ProposalStatus.FUNDING) {
				return Outcome.refused("Proposal " + proposal.reference() + " is " + proposal.status().label()
						+ "; it is not offered for pledges.");
			}
			Offer offer = offer(proposal);
			Instant now = this.clock.instant();
			Awards.Award award = this.awards.award(proposal.id()).orElseThrow();
			if (award.pledgesClose() != null && !now.isBefore(award.pledgesClose())) {
				return Outcome.refused("Pledges closed at " + offer.pledgesClose() + ".");
			}
			return Money.of("amount", pledging.amount(), award.amount().currency().getCurrencyCode())
				.then(offer.funding()::pledge)
				.map((funding) -> {
					this.awards.pledge(proposal.id(), organisation.get().id(), pledging.by(),
							funding.pledged().minus(offer.funding().pledged()), now);
					if (funding.covered()) {
						this.proposals.move(proposal.id(), ProposalStatus.FUNDING, ProposalStatus.AWARDED, now);
					}
					GrantLog.PLEDGE_RECORDED.log(proposal.reference(), organisation.get().id(), funding.covered());
					return funding.covered();
				});
		});
	}

	/**
	 * Offers an approved grant to the funding members: their people are mailed the amount
	 * and the pledge deadline.
	 * @param reference the proposal
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> announce(Reference reference) {
		return this.proposals.found(reference).then((proposal) -> {
			if (proposal.status() != ProposalStatus.FUNDING) {
				return Outcome.refused("Proposal " + reference + " is " + proposal.status().label() + ".");
			}
			Offer offer = offer(proposal);
			this.mails.fundingOffered(offer.call(), proposal, fundingMembers(), offer.funding().grant().toString(),
					offer.pledgesClose());
			return Outcome.done();
		});
	}

	/**
	 * The pledge deadline passed with the grant not covered: the proposal is recorded as
	 * not funded; its applicant and the secretariat are mailed.
	 * @param reference the proposal
	 * @return done, or why not
	 */
	public Outcome<Outcome.Done> lapse(Reference reference) {
		return this.proposals.found(reference).then((proposal) -> {
			if (!this.proposals.move(proposal.id(), ProposalStatus.FUNDING, ProposalStatus.NOT_FUNDED,
					this.clock.instant())) {
				return Outcome.refused("Proposal " + reference + " is " + proposal.status().label() + ".");
			}
			this.mails.notFunded(this.calls.find(proposal.rfpId()).orElseThrow(), proposal, offer(proposal));
			GrantLog.FUNDING_LAPSED.log(reference);
			return Outcome.done();
		});
	}

	/**
	 * A pledge to record.
	 *
	 * @param proposal the proposal
	 * @param by who pledges, signed in
	 * @param amount how much, as typed
	 */
	public record Pledging(Reference proposal, String by, String amount) {

	}

	/**
	 * An approved proposal offered to the funding members.
	 *
	 * @param call its call
	 * @param proposal the proposal
	 * @param funding the grant and what is pledged
	 * @param pledges the pledges so far
	 * @param pledgedBy the pledging organisations' names
	 * @param pledgesClose the pledge deadline in the call's zone
	 */
	public record Offer(Call call, Proposal proposal, Funding funding, List<Awards.Pledge> pledges, String pledgedBy,
			String pledgesClose) {

	}

}

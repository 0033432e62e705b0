package org.gavel.grants.model;

import org.gavel.system.Outcome;

/**
 * Matched funding of an approved grant: funding members pledge until the grant is
 * covered.
 *
 * @param grant the approved amount
 * @param pledged what has been pledged so far
 */
public record Funding(Money grant, Money pledged) {

	/**
	 * Nothing pledged yet.
	 * @param grant the approved amount
	 * @return the funding
	 */
	public static Funding of(Money grant) {
		return new Funding(grant, Money.zero(grant.currency()));
	}

	/**
	 * What is still to be pledged.
	 * @return the remainder, zero once covered
	 */
	public Money remaining() {
		return this.pledged.exceeds(this.grant) ? Money.zero(this.grant.currency()) : this.grant.minus(this.pledged);
	}

	/**
	 * Whether the grant is covered.
	 * @return {@code true} once the pledges reach it
	 */
	public boolean covered() {
		return !this.grant.exceeds(this.pledged);
	}

	/**
	 * Adds a pledge: refused once the grant is covered, or above what remains.
	 * @param pledge the amount pledged
	 * @return the funding with the pledge, or the refusal by the field {@code amount}
	 */
	public Outcome<Funding> pledge(Money pledge) {
		if (covered()) {
			return Outcome.refused("amount", "this grant is already funded (" + this.grant + ")");
		}
		if (!pledge.currency().equals(this.grant.currency())) {
			return Outcome.refused("amount", "must be in " + this.grant.currency().getCurrencyCode());
		}
		if (pledge.amount().signum() == 0) {
			return Outcome.refused("amount", "must be more than 0");
		}
		if (pledge.exceeds(remaining())) {
			return Outcome.refused("amount", pledge + " is more than the " + remaining() + " still needed");
		}
		return Outcome.accepted(new Funding(this.grant, this.pledged.plus(pledge)));
	}

}

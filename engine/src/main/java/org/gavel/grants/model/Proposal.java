package org.gavel.grants.model;

import java.time.Instant;
import java.time.ZoneId;

import org.gavel.system.Dates;
import org.gavel.system.Outcome;

/**
 * A proposal's checks against its RFP, each with the figures a person needs to put it
 * right.
 */
public final class Proposal {

	private Proposal() {
	}

	/**
	 * Whether a proposal may still be submitted (or withdrawn): until the deadline.
	 * @param rfp the RFP
	 * @param now the present
	 * @param viewer the applicant's own zone, shown beside the RFP's
	 * @return accepted before the deadline; after it, refused with the deadline in the
	 * RFP's zone and the applicant's
	 */
	public static Outcome<Rfp> inTime(Rfp rfp, Instant now, ZoneId viewer) {
		if (now.isBefore(rfp.deadline())) {
			return Outcome.accepted(rfp);
		}
		String yours = viewer.equals(rfp.zone()) ? "" : "; " + Dates.at(rfp.deadline(), viewer) + " where you are";
		return Outcome.refused("The deadline has passed: proposals closed at " + rfp.deadlineShown() + yours
				+ ". Late proposals are not accepted.");
	}

	/**
	 * Checks the amount a proposal requests.
	 * @param rfp the RFP
	 * @param requested the amount, in the RFP's currency
	 * @return the amount, or the refusal by the field {@code requestedAmount}
	 */
	public static Outcome<Money> requesting(Rfp rfp, Outcome<Money> requested) {
		return requested.then((amount) -> {
			if (!amount.currency().equals(rfp.ceiling().currency())) {
				return Outcome.refused("requestedAmount",
						"must be in " + rfp.ceiling().currency().getCurrencyCode() + ", the RFP's currency");
			}
			if (amount.amount().signum() == 0) {
				return Outcome.refused("requestedAmount", "must be more than 0");
			}
			if (amount.exceeds(rfp.largestGrant())) {
				return Outcome.refused("requestedAmount",
						amount + " is above the largest grant of this call, " + rfp.largestGrant());
			}
			return Outcome.accepted(amount);
		});
	}

}

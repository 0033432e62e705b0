package org.gavel.grants.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * The working group's recommendation: which proposals, for how much.
 *
 * @param grants the recommended amount per proposal, in order
 */
public record Recommendation(List<Grant> grants) {

	public Recommendation {
		grants = List.copyOf(grants);
	}

	/**
	 * Checks a recommendation against its RFP: each amount at most what the proposal
	 * requested and the largest grant, and all together within the ceiling.
	 * @param rfp the RFP
	 * @param grants the recommended grants
	 * @return the recommendation, or each problem ({@code grants[i].amount},
	 * {@code grants})
	 */
	public static Outcome<Recommendation> of(Rfp rfp, List<Grant> grants) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (grants.isEmpty()) {
			return Outcome.refused("grants", "recommend at least one proposal");
		}
		Money total = Money.zero(rfp.ceiling().currency());
		for (int i = 0; i < grants.size(); i++) {
			Grant grant = grants.get(i);
			String field = "grants[" + i + "].amount";
			if (!grant.amount().currency().equals(rfp.ceiling().currency())) {
				problems.put(field, "must be in " + rfp.ceiling().currency().getCurrencyCode());
				continue;
			}
			if (grant.amount().exceeds(grant.requested())) {
				problems.put(field,
						grant.amount() + " is more than the proposal asked for (" + grant.requested() + ")");
			}
			else if (grant.amount().exceeds(rfp.largestGrant())) {
				problems.put(field, grant.amount() + " is above the largest grant (" + rfp.largestGrant() + ")");
			}
			total = total.plus(grant.amount());
		}
		if (problems.isEmpty() && total.exceeds(rfp.ceiling())) {
			problems.put("grants", "the recommended grants sum to " + total + ", " + total.minus(rfp.ceiling())
					+ " above the ceiling of " + rfp.ceiling());
		}
		return problems.isEmpty() ? Outcome.accepted(new Recommendation(grants))
				: Outcome.refused(Refusal.ofFields(problems));
	}

	/**
	 * The sum of the recommended grants.
	 * @return the total
	 */
	public Money total() {
		return this.grants.stream().map(Grant::amount).reduce(Money::plus).orElseThrow();
	}

	/**
	 * One recommended grant.
	 *
	 * @param proposal the proposal
	 * @param requested what it asked for
	 * @param amount what is recommended
	 */
	public record Grant(String proposal, Money requested, Money amount) {

	}

}

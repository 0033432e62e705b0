package org.gavel.grants.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
	 * Reads the working group's recommendation as the form has it, one grant per line:
	 * {@code proposal | amount}, then checks it as {@link #of} does.
	 * @param text the lines
	 * @param rfp the RFP
	 * @param requested what each scored proposal asked for, by its reference
	 * @return the recommendation, or the first problem of each line by the field
	 * {@code grants}, each naming its line
	 */
	public static Outcome<Recommendation> read(String text, Rfp rfp, Map<String, Money> requested) {
		List<Grant> grants = new ArrayList<>();
		List<Integer> lineOf = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Line line : Line.of(text, 2)) {
			String at = line.at();
			String[] parts = line.parts();
			if (parts.length < 2) {
				return Outcome.refused("grants",
						at + "write the proposal and the amount, e.g. " + example(requested) + " | 25000");
			}
			String proposal = parts[0].strip();
			if (!requested.containsKey(proposal)) {
				return Outcome.refused("grants", at + "'" + proposal + "' is not a scored proposal of this call");
			}
			if (!seen.add(proposal)) {
				return Outcome.refused("grants", at + proposal + " is recommended twice");
			}
			Outcome<Money> amount = Money.of("grants", parts[1].strip(), rfp.ceiling().currency().getCurrencyCode());
			Refusal wrong = amount.fold((money) -> null, (refusal) -> refusal);
			if (wrong != null) {
				return Outcome.refused("grants", at + wrong.fields().get("grants"));
			}
			if (amount.orElseThrow().amount().signum() == 0) {
				return Outcome.refused("grants", at + "recommend more than 0, or leave the proposal out");
			}
			grants.add(new Grant(proposal, requested.get(proposal), amount.orElseThrow()));
			lineOf.add(line.number());
		}
		Outcome<Recommendation> checked = of(rfp, grants);
		Refusal refused = checked.fold((recommendation) -> null, (refusal) -> refusal);
		if (refused == null) {
			return checked;
		}
		Map<String, String> fields = refused.fields();
		for (int i = 0; i < grants.size(); i++) {
			String problem = fields.get("grants[" + i + "].amount");
			if (problem != null) {
				return Outcome.refused("grants", "line " + lineOf.get(i) + ": " + problem);
			}
		}
		return Outcome.refused("grants", fields.get("grants"));
	}

	private static String example(Map<String, Money> requested) {
		return requested.keySet().stream().findFirst().orElse("RFP-2027-01-P001");
	}

	/**
	 * The recommendation as the form writes it, one grant per line.
	 * @return e.g. {@code RFP-2027-01-P003 | 25000.00}
	 */
	public String lines() {
		return String.join("\n",
				this.grants.stream()
					.map((grant) -> grant.proposal() + " | " + grant.amount().amount().toPlainString())
					.toList());
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
